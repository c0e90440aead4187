# memoryview casts between formats and shapes over a bytearray.
buf = bytearray(range(16))
mv = memoryview(buf)
words = mv.cast("H")
print(words.format, words.itemsize, len(words), words.tolist()[:4], words.nbytes)
dwords = mv.cast("I")
print(len(dwords), hex(dwords[0]), [hex(v) for v in dwords.tolist()])
grid = mv.cast("B", (4, 4))
print(grid.shape, grid.ndim, grid.strides, grid.tolist()[1])
signed = memoryview(bytearray(b"\xff\x7f\x80\x00")).cast("b")
print(signed.tolist(), signed.format)
words[0] = 0xBEEF
print(buf[:2].hex(), mv[0], mv[1])
try:
    mv.cast("H", (3,))
except TypeError as e:
    print("TypeError:", e)
try:
    memoryview(bytearray(3)).cast("H")
except TypeError as e:
    print("TypeError:", e)
try:
    words[0] = 70000
except ValueError as e:
    print("ValueError:", e)
print(memoryview(b"abc") == b"abc", memoryview(b"abc").tobytes() == b"abc", bytes(memoryview(bytearray(b"xy"))))
print(mv[2:6].tolist(), mv[2:6].cast("H").tolist(), memoryview(b"").tolist(), len(memoryview(b"")))
