# Using memoryview to process a buffer in chunks without copying.
buf = bytearray(range(32))
view = memoryview(buf)
chunks = [view[i:i + 8] for i in range(0, len(view), 8)]
print([c.tolist()[:3] for c in chunks])
for c in chunks:
    for i in range(len(c)):
        c[i] = (c[i] * 3) & 0xFF
print(buf.hex())
def fill(mv, value):
    for i in range(len(mv)):
        mv[i] = value
fill(view[8:16], 0xAA)
print(buf[6:18].hex(" "))
print(sum(view[::4]), max(view), bytes(view[-4:]), view[::-1][:3].tolist())
words = memoryview(bytearray(b"\x01\x00\x02\x00\x03\x00")).cast("H")
print(words.tolist(), words.nbytes, words.shape)
print(memoryview(b"abc").tolist(), list(memoryview(b"xyz")), bytes(memoryview(b"abcdef")[1::2]))
for c in chunks:
    c.release()
view.release()
buf.append(0)
print(len(buf), buf[-1])
