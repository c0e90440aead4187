# The JIS X 0213 codecs over their whole charset: every code decoded in one call (replace marks the
# holes), then encoded back; compared by counts and hashes.
import hashlib

def h(data):
    return hashlib.sha256(data if isinstance(data, bytes) else data.encode('utf-8', 'surrogatepass')).hexdigest()[:16]

cells = [(r, c) for r in range(0x21, 0x7f) for c in range(0x21, 0x7f)]

def sjis(r, c, plane2=False):
    c1, c2 = r - 0x21, c - 0x21
    if plane2:
        c1 = {0x21: 0x5e, 0x23: 0x60, 0x24: 0x61, 0x25: 0x62, 0x28: 0x5f, 0x2c: 0x63, 0x2d: 0x64, 0x2e: 0x65, 0x2f: 0x66}.get(r, r - 0x07 - 0x21 + 0x21 if r >= 0x6e else None)
        if c1 is None:
            return None
    if c1 & 1:
        c2 += 0x5e
    c1 >>= 1
    return bytes([c1 + (0x81 if c1 < 0x1f else 0xc1), c2 + (0x40 if c2 < 0x3f else 0x41)])

forms = {
    'euc_jis_2004': [bytes([r | 0x80, c | 0x80]) for r, c in cells] + [bytes([0x8f, r | 0x80, c | 0x80]) for r, c in cells],
    'shift_jis_2004': [b for b in [sjis(r, c) for r, c in cells] + [sjis(r, c, True) for r, c in cells] if b],
    'iso2022_jp_2004': [b'\x1b$(Q' + bytes([r, c]) for r, c in cells] + [b'\x1b$(P' + bytes([r, c]) for r, c in cells],
}
forms['euc_jisx0213'] = forms['euc_jis_2004']
forms['shift_jisx0213'] = forms['shift_jis_2004']
forms['iso2022_jp_3'] = [b'\x1b$(O' + s[4:] if s.startswith(b'\x1b$(Q') else s for s in forms['iso2022_jp_2004']]

for enc, codes in forms.items():
    data = b'\n'.join(codes)
    text = data.decode(enc, 'replace')
    lines = text.split('\n')
    good = [s for s in lines if '\ufffd' not in s]
    pairs = [s for s in good if len(s) == 2]
    astral = [s for s in good if len(s) == 1 and ord(s) > 0xffff]
    back = '\n'.join(good).encode(enc, 'backslashreplace')
    print(enc, len(lines), len(good), len(pairs), len(astral), h(text), h(back))
    # decoded again, line by line (the 2000 forms refuse a few of 2004's characters: backslashreplace)
    again = back.decode(enc).split('\n')
    print('  round trip', sum(1 for s, t in zip(good, again) if s == t), ascii([(s, t) for s, t in zip(good, again) if s != t][:12]))
