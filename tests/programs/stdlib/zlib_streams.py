# zlib streaming: decompressobj fed byte by byte and with max_length, unconsumed_tail/unused_data/eof
# bookkeeping, concatenated streams, flush modes (sync points decode at once), errors met mid-stream.
import zlib

data = b''.join(b'record %05d %s\n' % (i, b'xyz' * (i % 7)) for i in range(2000))

for wbits in (15, -15, 31, 9, -9, 25):
    c = zlib.compressobj(6, zlib.DEFLATED, wbits)
    comp = c.compress(data) + c.flush()
    d = zlib.decompressobj(47 if wbits > 15 else wbits)
    out = b''.join(d.decompress(comp[i:i + 1]) for i in range(len(comp)))
    print(wbits, out == data, d.eof, d.unused_data, d.unconsumed_tail, d.flush())

comp = zlib.compress(data, 9)
for max_length in (1, 7, 100, 4096, 10 ** 6):
    d = zlib.decompressobj()
    pieces = []
    buf = comp
    calls = 0
    while not d.eof:
        chunk = d.decompress(buf, max_length)
        assert len(chunk) <= max_length
        pieces.append(chunk)
        buf = d.unconsumed_tail
        calls += 1
        if calls > 200000:
            break
    print(max_length, b''.join(pieces) == data, d.unused_data, d.unconsumed_tail)

# a stream followed by another and by junk
two = zlib.compress(b'first') + zlib.compress(b'second') + b'junk'
d = zlib.decompressobj()
print(d.decompress(two), d.eof, d.unused_data)
d2 = zlib.decompressobj()
print(d2.decompress(d.unused_data), d2.unused_data)
print(d.decompress(b'more'), d.unused_data, d.unconsumed_tail)

# flush points: everything written before a sync/full flush decodes without the rest
c = zlib.compressobj()
d = zlib.decompressobj()
for i, mode in enumerate((zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH)):
    part = b'part %d ' % i * 50
    got = d.decompress(c.compress(part) + c.flush(mode))
    print(mode, got == part, d.eof)
print(d.decompress(c.flush()), d.eof)
print(c.flush(zlib.Z_NO_FLUSH))

# flush(length) and leftovers after max_length
d = zlib.decompressobj()
head = d.decompress(comp, 10)
rest = d.flush()
print(len(head), head + rest == data, d.eof, d.unconsumed_tail)

# copies diverge independently
c = zlib.compressobj(1)
a = c.compress(data[:3000])
c2 = c.copy()
x = a + c.compress(b'one ending') + c.flush()
y = a + c2.compress(b'another ending') + c2.flush()
print(zlib.decompress(x)[-20:], zlib.decompress(y)[-20:])
d = zlib.decompressobj()
p = d.decompress(comp[:500], 50)
d2 = d.copy()
print(p + d.decompress(d.unconsumed_tail + comp[500:]) == data, p + d2.decompress(d2.unconsumed_tail + comp[500:]) == data)

# errors in the middle of a stream stay
bad = bytearray(comp)
bad[2] |= 0x06  # the first block's type becomes 3, which does not exist
d = zlib.decompressobj()
for chunk in (bytes(bad[:50]), bytes(bad[50:])):
    try:
        print(len(d.decompress(chunk)))
    except zlib.error as e:
        print('error', e)
try:
    d.decompress(b'')
except zlib.error as e:
    print('again', e)
gz = zlib.compress(b'payload', wbits=31)
for broken in (gz[:3] + b'\x01' + gz[4:], gz[:-4] + b'\x00\x00\x00\x00', gz[:-8] + b'\x00' * 4 + gz[-4:], gz[:1]):
    try:
        print(zlib.decompress(broken, 31))
    except zlib.error as e:
        print(e)
# the header flags: name, comment, extra field and header CRC
import struct
body = zlib.compress(b'flags!', 9, -15)
trailer = struct.pack('<II', zlib.crc32(b'flags!'), 6)
hdr = b'\x1f\x8b\x08' + bytes([2 | 4 | 8 | 16]) + b'\x00' * 4 + b'\x00\x03' + b'\x03\x00abc' + b'name\x00' + b'comment\x00'
good = hdr + struct.pack('<H', zlib.crc32(hdr) & 0xffff)
print(zlib.decompress(good + body + trailer, 31))
try:
    zlib.decompress(hdr + b'\x00\x00' + body + trailer, 31)
except zlib.error as e:
    print(e)
d = zlib.decompressobj(31)
print(b''.join(d.decompress(bytes([x])) for x in good + body + trailer + b'!'), d.eof, d.unused_data)

# level 0 output is the same everywhere: stored blocks
print(zlib.compress(b'abc' * 5, 0).hex())
c = zlib.compressobj(0, zlib.DEFLATED, -15)
print((c.compress(b'stored') + c.flush(zlib.Z_SYNC_FLUSH)).hex(), c.flush().hex())
print(len(zlib.compress(bytes(200000), 0)))
print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(data[:1000], zlib.crc32(b'seed')), zlib.adler32(b'', 0))
