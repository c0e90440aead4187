# cast() across the native formats: values, writes, range checks and cast errors.
def show(label, f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ("view", r.format, r.itemsize, r.shape, r.strides)
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
raw = bytes([1, 0, 0, 0, 255, 255, 255, 255, 0, 0, 128, 63, 0, 0, 0, 0])
mv = memoryview(raw)
for fmt in "BbchHiIlLqQfd?":
    v = mv.cast(fmt)
    print(fmt, v.itemsize, len(v), v.nbytes, v.tolist() if fmt != "c" else v.tolist()[:4])
print(mv.cast("@I").format, mv.cast("@I").tolist())
buf = bytearray(16)
w = memoryview(buf)
for fmt, vals in [("B", [0, 255]), ("b", [-128, 127]), ("h", [-32768, 32767]), ("H", [0, 65535]), ("i", [-2 ** 31, 2 ** 31 - 1]),
                  ("I", [0, 2 ** 32 - 1]), ("q", [-2 ** 63, 2 ** 63 - 1]), ("Q", [0, 2 ** 64 - 1]), ("l", [-1]), ("L", [2 ** 64 - 1])]:
    c = w.cast(fmt)
    for x in vals:
        c[0] = x
        print(fmt, x, c[0], bytes(buf[:c.itemsize]).hex())
    for bad in [vals[0] - 1, vals[-1] + 1, 1.5, "x", None]:
        show(f"{fmt} <- {bad!r}", lambda: c.__setitem__(0, bad))
f = w.cast("d")
f[0] = 1.5
f[1] = -0.0
print(f.tolist(), buf.hex())
f[0] = 3
f[1] = True
print(f.tolist())
show("d <- str", lambda: f.__setitem__(0, "x"))
s = w.cast("f")
s[0] = 0.1
s[1] = 1e300
print(s[0], s[1], s.tolist()[2:])
b = w.cast("?")
b[0] = 5
b[1] = []
b[2] = "x"
print(b.tolist()[:3], buf[:3])
ch = w.cast("c")
ch[0] = b"Z"
print(ch[0], ch.tolist()[:2])
show("c <- int", lambda: ch.__setitem__(0, 65))
show("c <- 2 bytes", lambda: ch.__setitem__(0, b"ZZ"))
show("cast X", lambda: mv.cast("X"))
show("cast <I", lambda: mv.cast("<I"))
show("cast II", lambda: mv.cast("II"))
show("cast int", lambda: mv.cast(1))
show("cast no args", lambda: mv.cast())
show("cast H then I", lambda: mv.cast("H").cast("I"))
show("cast H then B", lambda: mv.cast("H").cast("B"))
show("cast odd", lambda: memoryview(b"abc").cast("H"))
show("cast shape", lambda: mv.cast("B", (4, 4)))
show("cast shape list", lambda: mv.cast("I", [2, 2]))
show("cast shape bad", lambda: mv.cast("B", (3, 3)))
show("cast shape zero", lambda: mv.cast("B", (0, 16)))
show("cast shape neg", lambda: mv.cast("B", (-1,)))
show("cast shape str", lambda: mv.cast("B", "ab"))
show("cast shape kw", lambda: mv.cast(format="H", shape=(8,)))
show("cast nd to nd", lambda: mv.cast("B", (4, 4)).cast("B", (2, 8)))
show("cast nd to 1d", lambda: mv.cast("B", (4, 4)).cast("H"))
show("cast strided", lambda: mv[::2].cast("B"))
show("cast empty", lambda: memoryview(b"").cast("I"))
show("cast 0-d", lambda: memoryview(b"abcd").cast("i", ()))
print(memoryview(b"abcd").cast("i", ()).tolist(), memoryview(bytearray(4)).cast("I")[::-1].tolist())
for fmt in ["n", "N", "P", "e", "x", "s", "@e"]:
    show(f"cast {fmt}", lambda: memoryview(bytearray(8)).cast(fmt).tolist())
