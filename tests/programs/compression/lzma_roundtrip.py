# lzma compresses and decompresses its own output in every container, check, preset and filter chain,
# whole and piecewise; only format-determined facts are printed (compressed bytes differ from liblzma's).
import hashlib
import io
import lzma
import random

r = random.Random(99)
words = [b'alpha', b'beta', b'gamma', b'delta', b'\n', b'epsilon', b'  ', b'zeta']
inputs = {
    'empty': b'',
    'one': b'a',
    'text': b' '.join(r.choice(words) for _ in range(20000)),
    'random': r.randbytes(20000),
    'run': b'x' * 200000,
    'binary': bytes(range(256)) * 64,
}
RAW1 = [{'id': lzma.FILTER_LZMA1, 'preset': 1, 'lc': 2, 'lp': 1, 'pb': 1, 'dict_size': 1 << 16}]
RAW2 = [{'id': lzma.FILTER_DELTA, 'dist': 2}, {'id': lzma.FILTER_X86, 'start_offset': 16}, {'id': lzma.FILTER_LZMA2, 'preset': 2}]
configs = [
    ('xz', {}, {}),
    ('xz-crc32', {'check': lzma.CHECK_CRC32}, {}),
    ('xz-sha256', {'check': lzma.CHECK_SHA256}, {}),
    ('xz-none', {'check': lzma.CHECK_NONE}, {}),
    ('xz-0', {'preset': 0}, {}),
    ('xz-9e', {'preset': 9 | lzma.PRESET_EXTREME}, {}),
    ('alone', {'format': lzma.FORMAT_ALONE}, {}),
    ('raw1', {'format': lzma.FORMAT_RAW, 'filters': RAW1}, {'format': lzma.FORMAT_RAW, 'filters': RAW1}),
    ('raw2', {'format': lzma.FORMAT_RAW, 'filters': RAW2}, {'format': lzma.FORMAT_RAW, 'filters': RAW2}),
    ('xz-bcj', {'filters': [{'id': lzma.FILTER_ARM}, {'id': lzma.FILTER_LZMA2, 'preset': 1}]}, {}),
]


def digest(b):
    return hashlib.sha256(b).hexdigest()[:16]


for name, data in inputs.items():
    print(name, digest(data))
    for cname, ckw, dkw in configs:
        c = lzma.compress(data, **ckw)
        dec = lzma.LZMADecompressor(**dkw)
        whole = dec.decompress(c) == data
        print(' ', cname, c[:6].hex() if cname.startswith('xz') else '', whole, dec.eof, dec.check)
    comp = lzma.LZMACompressor(preset=1)
    parts = [comp.compress(data[i:i + 5555]) for i in range(0, len(data), 5555)]
    parts.append(comp.flush())
    c = b''.join(parts)
    dec = lzma.LZMADecompressor()
    out = b''.join(dec.decompress(c[i:i + 333]) for i in range(0, len(c), 333))
    print('  pieces', out == data, dec.eof, dec.unused_data, dec.needs_input, dec.check)
    dec = lzma.LZMADecompressor()
    got = [dec.decompress(c + b'tail', 1000)]
    while not dec.eof:
        got.append(dec.decompress(b'', 1000))
    print('  max_length', b''.join(got) == data, max(map(len, got)) <= 1000, dec.unused_data)

# Several streams (with padding), and the file interface.
print(lzma.decompress(lzma.compress(b'one ') + bytes(8) + lzma.compress(b'two', format=lzma.FORMAT_XZ)))
buf = io.BytesIO()
with lzma.LZMAFile(buf, 'w', preset=2) as f:
    f.write(inputs['text'])
buf.seek(0)
with lzma.LZMAFile(buf) as f:
    print(f.read(10), f.readline()[:20], len(f.read()))

# Properties and constants.
for p in range(10):
    print(p, lzma._decode_filter_properties(lzma.FILTER_LZMA2, lzma._encode_filter_properties({'id': lzma.FILTER_LZMA2, 'preset': p})))
print(lzma._encode_filter_properties({'id': lzma.FILTER_LZMA1, 'lc': 1, 'lp': 2, 'pb': 1, 'dict_size': 65536}))
print(lzma._decode_filter_properties(lzma.FILTER_LZMA1, b']\x00\x00\x80\x00'))
print(lzma._decode_filter_properties(lzma.FILTER_DELTA, b'\x03'), lzma._decode_filter_properties(lzma.FILTER_X86, b'\x10\x00\x00\x00'))
print([lzma.is_check_supported(i) for i in range(16)])

# Errors.
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: lzma.decompress(b'this is not a valid lzma stream'))
show(lambda: lzma.LZMADecompressor(lzma.FORMAT_XZ).decompress(b'\xfd7zXZ\x00\x00\x05' + bytes(8)))
show(lambda: lzma.LZMADecompressor(lzma.FORMAT_XZ).decompress(b'\xfd7zXZ\x00\x00\x01' + bytes(8)))
good = lzma.compress(inputs['text'])
show(lambda: lzma.decompress(good[:-20]))
show(lambda: lzma.decompress(good[:100] + bytes(50) + good[150:]))
show(lambda: lzma.LZMADecompressor(memlimit=1024).decompress(good))
show(lambda: lzma.LZMACompressor(preset=10))
show(lambda: lzma.LZMACompressor(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32))
show(lambda: lzma.LZMACompressor(format=lzma.FORMAT_RAW))
show(lambda: lzma.LZMACompressor(preset=1, filters=RAW2))
show(lambda: lzma.LZMACompressor(filters=RAW1))
show(lambda: lzma.LZMACompressor(filters=[{'id': 12345}]))
show(lambda: lzma.LZMACompressor(filters=[{'id': lzma.FILTER_LZMA2, 'foo': 1}]))
show(lambda: lzma.LZMACompressor(filters=[{'preset': 1}]))
show(lambda: lzma.LZMACompressor(filters=[b'x']))
show(lambda: lzma.LZMACompressor(filters=[{'id': lzma.FILTER_LZMA2}] * 5))
show(lambda: lzma.LZMACompressor(check=lzma.CHECK_ID_MAX))
show(lambda: lzma.LZMACompressor(format=7))
show(lambda: lzma.LZMADecompressor(format=lzma.FORMAT_RAW))
show(lambda: lzma.LZMADecompressor(filters=RAW1))
show(lambda: lzma.LZMADecompressor(format=lzma.FORMAT_RAW, memlimit=1 << 20, filters=RAW1))
show(lambda: lzma._decode_filter_properties(lzma.FILTER_LZMA2, b'\x41'))
show(lambda: lzma._decode_filter_properties(99, b''))
d = lzma.LZMADecompressor()
d.decompress(lzma.compress(b'x'))
show(lambda: d.decompress(b'more'))
c = lzma.LZMACompressor()
c.flush()
show(lambda: c.compress(b'x'))
show(c.flush)
