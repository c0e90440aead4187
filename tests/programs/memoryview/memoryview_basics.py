# memoryview over bytes and bytearray: slicing, writes, release.
data = bytearray(b"abcdefgh")
mv = memoryview(data)
print(mv[0], mv[-1], bytes(mv[2:5]), mv[::2].tobytes(), mv.tolist()[:3], len(mv))
print(mv.readonly, mv.format, mv.itemsize, mv.ndim, mv.shape, mv.strides, mv.nbytes, mv.contiguous)
mv[0] = ord("A")
mv[1:3] = b"BC"
print(data)
sub = mv[4:]
sub[0] = ord("E")
print(data, bytes(sub), sub.obj is data)
ro = memoryview(b"readonly")
print(ro.readonly, ro[0], ro.tobytes(), ro.hex(), ro[1:4].hex(":"))
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    mv[0:2] = b"xyz"
except ValueError as e:
    print("ValueError:", e)
try:
    mv[0] = 256
except ValueError as e:
    print("ValueError:", e)
print(mv == data, mv == b"ABCdEfgh", memoryview(b"ab") == memoryview(b"ab"), mv[:3] == b"ABC")
with memoryview(b"ctx") as m:
    print(bytes(m))
try:
    m[0]
except ValueError as e:
    print("ValueError:", e)
m2 = memoryview(bytearray(b"xy"))
m2.release()
print(repr(m2)[:25] if False else "released")
try:
    len(m2)
except ValueError as e:
    print("ValueError:", e)
ints = memoryview(bytearray(8)).cast("I")
print(ints.format, ints.itemsize, len(ints), ints.tolist())
ints[1] = 0x01020304
print(bytes(ints.obj), ints.cast("B").tolist())
try:
    data.append(1)
except BufferError as e:
    print("BufferError:", e)
