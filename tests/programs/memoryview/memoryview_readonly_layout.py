# memoryview layout attributes and toreadonly().
buf = bytearray(b"abcdefgh")
mv = memoryview(buf)
print(mv.c_contiguous, mv.f_contiguous, mv.contiguous, mv.suboffsets, mv.readonly)
ro = mv.toreadonly()
print(ro.readonly, ro.tobytes(), ro == mv, ro.obj is buf)
try:
    ro[0] = 65
except TypeError as e:
    print("TypeError:", e)
mv[0] = 65
print(ro[0], bytes(ro[:3]))
step = mv[::2]
print(step.c_contiguous, step.contiguous, step.strides, step.tobytes())
grid = mv.cast("B", (2, 4))
print(grid.c_contiguous, grid.f_contiguous, grid.shape, grid.strides, grid.tolist())
col = memoryview(b"xy")
print(col.c_contiguous and col.f_contiguous, col.suboffsets, col.toreadonly().readonly)
ro.release()
print(mv.readonly, len(mv))
try:
    ro.tobytes()
except ValueError as e:
    print("ValueError:", e)
with memoryview(bytearray(b"123")) as m:
    m2 = m.toreadonly()
    print(m2.tolist(), m2.nbytes)
print(len(buf), buf)
