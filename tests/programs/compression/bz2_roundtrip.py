# bz2 compresses and decompresses its own output at every level, whole and piecewise; only
# format-determined facts are printed (compressed bytes differ from libbzip2's).
import bz2
import hashlib
import io
import random

r = random.Random(1234)
words = [b'alpha', b'beta', b'gamma', b'delta', b'\n', b'epsilon', b'  ', b'zeta']
inputs = {
    'empty': b'',
    'one': b'a',
    'text': b' '.join(r.choice(words) for _ in range(20000)),
    'random': r.randbytes(20000),
    'run': b'x' * 300000,
    'runs': b''.join(bytes([r.randrange(4)]) * r.randrange(1, 600) for _ in range(500)),
    'period': b'ab' * 20000 + b'c',
    'binary': bytes(range(256)) * 64,
}


def digest(b):
    return hashlib.sha256(b).hexdigest()[:16]


for name, data in inputs.items():
    for level in (1, 5, 9):
        c = bz2.compress(data, level)
        print(name, level, c[:4], bz2.decompress(c) == data, digest(data))
    comp = bz2.BZ2Compressor(2)
    parts = [comp.compress(data[i:i + 7777]) for i in range(0, len(data), 7777)]
    parts.append(comp.flush())
    c = b''.join(parts)
    dec = bz2.BZ2Decompressor()
    out = b''.join(dec.decompress(c[i:i + 333]) for i in range(0, len(c), 333))
    print('  pieces', out == data, dec.eof, dec.unused_data, dec.needs_input)
    dec = bz2.BZ2Decompressor()
    got = [dec.decompress(c + b'tail', 1000)]
    while not dec.eof:
        got.append(dec.decompress(b'', 1000))
    print('  max_length', b''.join(got) == data, max(map(len, got)) <= 1000, dec.unused_data)

# Several streams, and the file interface.
a = bz2.compress(b'first ')
b = bz2.compress(b'second')
print(bz2.decompress(a + b))
buf = io.BytesIO()
with bz2.BZ2File(buf, 'wb', compresslevel=1) as f:
    f.write(inputs['text'])
    f.write(b'end')
buf.seek(0)
with bz2.BZ2File(buf) as f:
    print(f.read(10), f.readline()[:20], len(f.read()))

# Errors.
for bad in (b'BZh9garbage-garbage-garbage', b'not bzip2 at all', b'BZh0'):
    try:
        bz2.BZ2Decompressor().decompress(bad)
    except OSError as e:
        print(type(e).__name__, e)
try:
    bz2.decompress(a[:-3])
except ValueError as e:
    print(type(e).__name__, e)
dec = bz2.BZ2Decompressor()
dec.decompress(a)
try:
    dec.decompress(b'x')
except EOFError as e:
    print(type(e).__name__, e)
comp = bz2.BZ2Compressor()
comp.flush()
for f in (lambda: comp.compress(b'x'), comp.flush, lambda: bz2.BZ2Compressor(10), lambda: bz2.BZ2Compressor('9'),
          lambda: bz2.BZ2Compressor(1, 2), lambda: bz2.BZ2Decompressor(1), lambda: bz2.BZ2Compressor().compress('s')):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
