#!/usr/bin/env python3
"""Generate src/modules/cjk/tables_generated.ts: the JIS X 0213 and HKSCS mappings of CPython 3.11's CJK
codecs that ICU's decoders behind TextDecoder do not give (ICU has no JIS X 0213 decoder, and Node's
'big5' maps HKSCS to private use), read from this interpreter's own codecs by decoding every code of
the charsets and encoding every code point.

Usage: python3 scripts/gen_cjk_tables.py [output.ts]

Each table is a template literal of plain text, a list of (key, value) items sorted by key, written as
numbers in a base-64 varint (digits "A-Za-z0-9+/", 5 bits each, a digit >= 32 meaning more follow): per
item the key's gap from the previous key less one, then the value's difference from the previous value
zigzag-coded (n >= 0 -> 2n, n < 0 -> -2n-1); keys and values start at 0. src/modules/cjk/tables.ts reads
them at first use. Values of the decode tables are a code point, or first << 16 | second for a pair.

- JISX0213_P1: plane 1 (row << 8 | cell) where CPython's table chain (JIS X 0208, then JIS X 0213's own
  BMP, non-BMP and pair cells, as shift_jis_2004 decodes them) differs from JIS X 0208 as euc_jp
  decodes it (which Typhon takes from ICU).
- JISX0213_P2: plane 2, all of it (as iso2022_jp_2004 decodes ESC $ ( P).
- JISX0213_ENC: code point -> code (plane 2 | 0x8000; 0: none) where the encoder's JIS X 0213 map differs
  from what tables.ts builds by inverting the two planes (first code wins) in front of jisxcommon.
- HKSCS_DEC: big5hkscs's own cells (lead << 8 | trail) beyond the Big5 cells it takes from big5.
- HKSCS_ENC: code point -> code (0: none) where big5hkscs's encoder differs from the inverted HKSCS_DEC
  (first code wins) in front of big5's encoder.
"""
import codecs
import sys

DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def varint(n):
    groups = []
    while True:
        groups.append(n & 31)
        n >>= 5
        if n == 0:
            break
    groups.reverse()
    return ''.join(DIGITS[g | 32] for g in groups[:-1]) + DIGITS[groups[-1]]


def pack(items):
    out = []
    pk, pv = -1, 0
    for k, v in sorted(items.items()):
        d = v - pv
        out.append(varint(k - pk - 1) + varint(2 * d if d >= 0 else -2 * d - 1))
        pk, pv = k, v
    text = ''.join(out)
    return '\n'.join(text[i:i + 120] for i in range(0, len(text), 120))


def dec(b, codec):
    try:
        s = b.decode(codec)
    except UnicodeDecodeError:
        return None
    return ord(s[0]) << 16 | ord(s[1]) if len(s) == 2 else ord(s)


def enc(s, codec):
    try:
        return s.encode(codec)
    except UnicodeEncodeError:
        return None


def sjis(code):
    """A JIS X 0213 code (plane 2 | 0x8000) as shift_jis_2004 bytes."""
    c1, c2 = code >> 8, (code & 0xff) - 0x21
    if c1 & 0x80:
        c1 -= 0x87 if c1 >= 0xee else 0x49 if c1 >= 0xac or c1 == 0xa8 else 0x43
    else:
        c1 -= 0x21
    if c1 & 1:
        c2 += 0x5e
    c1 >>= 1
    return bytes([c1 + (0x81 if c1 < 0x1f else 0xc1), c2 + (0x40 if c2 < 0x3f else 0x41)])


CELLS = [(r << 8) | c for r in range(0x21, 0x7f) for c in range(0x21, 0x7f)]


def jisx0213():
    p1, p2 = {}, {}
    for k in CELLS:
        raw = dec(sjis(k), 'shift_jis_2004')
        if raw != dec(bytes([k >> 8 | 0x80, k & 0xff | 0x80]), 'euc_jp'):
            p1[k] = raw or 0
        v = dec(b'\x1b$(P' + bytes([k >> 8, k & 0xff]), 'iso2022_jp_2004')
        if v is not None:
            p2[k] = v
    # The encoder's map as tables.ts builds it: first code of plane 1's own cells, then of plane 2's.
    mine = {}
    for k, v in sorted(p1.items()):
        if 0 < v < 0x30000 and k != 0x2140:
            mine.setdefault(v, k)
    for k, v in sorted(p2.items()):
        mine.setdefault(v, k | 0x8000)
    code_of = {sjis(k): k for k in CELLS}
    code_of.update({sjis(k | 0x8000): k | 0x8000 for k in CELLS if (k >> 8) in (0x21, 0x23, 0x24, 0x25, 0x28, 0x2c, 0x2d, 0x2e, 0x2f) or k >> 8 >= 0x6e})

    def common(c):
        """jisxcommon as euc_jp shows it: ('x', JIS X 0212 code | 0x8000) or a JIS X 0208 code."""
        if c < 0x80 or c in (0xa5, 0x203e, 0xff3c) or 0xff61 <= c <= 0xff9f:
            return None
        b = enc(chr(c), 'euc_jp')
        if b is None:
            return None
        return ('x', (b[1] << 8 | b[2]) & 0x7f7f | 0x8000) if len(b) == 3 else (b[0] << 8 | b[1]) & 0x7f7f

    def observed(c):
        if c < 0x80 and c not in (0x5c, 0x7e):
            return None
        if c in (0xa5, 0x203e) or 0xff61 <= c <= 0xff9f:
            b = enc(chr(c), 'euc_jis_2004')
            return (b[0] << 8 | b[1]) & 0x7f7f if b is not None and len(b) == 2 and b[0] != 0x8e else None
        b = enc(chr(c), 'shift_jis_2004')
        if b is not None:
            return code_of[b]
        b = enc(chr(c), 'euc_jis_2004')
        if b is not None and len(b) == 3:
            return ('x', (b[1] << 8 | b[2]) & 0x7f7f | 0x8000)
        return None

    fix = {}
    for c in list(range(0xd800)) + list(range(0xe000, 0x10000)) + list(range(0x20000, 0x30000)):
        want = observed(c)
        if c < 0x10000:
            got = mine[c] if c in mine else common(c)
        else:
            got = mine.get(c)
        if want == got:
            continue
        if isinstance(want, tuple) or want is None:
            assert c in mine and common(c) == want, hex(c)
            fix[c] = 0
        else:
            fix[c] = want
    # The pairs: every first character is a JIS X 0213 character on its own as well.
    for k, v in p1.items():
        if v >= 0x30000:
            assert enc(chr(v >> 16) + chr(v & 0xffff), 'euc_jis_2004') == bytes([k >> 8 | 0x80, k & 0xff | 0x80])
    return p1, p2, fix


def use_big5(code):
    c, c2 = code >> 8, code & 0xff
    return 0xc6 > c or c > 0xc8 or (c < 0xc7 and c2 < 0xa1)


def hkscs():
    table = {}
    for code in range(0x8140, 0xff00):
        b = bytes([code >> 8, code & 0xff])
        v = dec(b, 'big5hkscs')
        if v is None or v >= 0x30000:
            continue
        if use_big5(code) and dec(b, 'big5') is not None:
            assert dec(b, 'big5') == v
            continue
        table[code] = v
    mine = {}
    for k, v in sorted(table.items()):
        mine.setdefault(v, k)
    fix = {}
    for c in list(range(0x80, 0xd800)) + list(range(0xe000, 0x10000)) + list(range(0x20000, 0x30000)):
        if c in (0xca, 0xea):
            continue
        b = enc(chr(c), 'big5hkscs')
        want = b[0] << 8 | b[1] if b is not None else None
        got = mine.get(c)
        if got is None and c < 0x10000:
            b5 = enc(chr(c), 'big5')
            got = b5[0] << 8 | b5[1] if b5 is not None else None
        if want != got:
            fix[c] = want or 0
    return table, fix


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else 'src/modules/cjk/tables_generated.ts'
    p1, p2, jfix = jisx0213()
    hk, hfix = hkscs()
    v = sys.version_info
    with open(out, 'w') as f:
        f.write(f'// Generated by scripts/gen_cjk_tables.py from CPython {v.major}.{v.minor}.{v.micro}\'s CJK codecs: do not edit.\n')
        f.write('/* eslint-disable */\n')
        for name, items, what in [
            ('JISX0213_P1', p1, 'JIS X 0213 plane 1 where it differs from JIS X 0208'),
            ('JISX0213_P2', p2, 'JIS X 0213 plane 2'),
            ('JISX0213_ENC', jfix, "corrections to the inverted JIS X 0213 planes (encoder)"),
            ('HKSCS_DEC', hk, "big5hkscs's cells beyond Big5"),
            ('HKSCS_ENC', hfix, "corrections to the inverted HKSCS cells (encoder)"),
        ]:
            f.write(f'/** {what}: {len(items)} items. */\nexport const {name} = `{pack(items)}`;\n')


if __name__ == '__main__':
    main()
