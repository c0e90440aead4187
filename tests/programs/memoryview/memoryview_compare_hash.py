# memoryview comparisons, hashing, release, context manager and toreadonly.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
a = memoryview(b"abcd")
print(a == b"abcd", a == bytearray(b"abcd"), a == memoryview(b"abcd"), a != b"abce", a == "abcd", a == [97, 98, 99, 100])
print(a[::2] == b"ac", a[::-1] == b"dcba", a.cast("H") == memoryview(b"abcd").cast("H"), a.cast("H") == a, a.cast("B", (2, 2)) == a)
print(a.cast("b") == a, memoryview(b"\xff").cast("b") == memoryview(b"\xff"), memoryview(b"\x00\x00\x80\x3f").cast("f") == memoryview(b"\x00\x00\x80\x3f").cast("f"))
nan = memoryview(b"\x00\x00\xc0\x7f").cast("f")
print(nan == nan, nan.tolist() == nan.tolist(), memoryview(b"") == b"", memoryview(b"") == memoryview(b"x")[1:])
print(b"abcd" == a, bytearray(b"abcd") == a, a.__eq__(1), a.__ne__("x"))
show("a < b", lambda: a < b"b")
show("a <= a", lambda: a <= a)
print(hash(a) == hash(b"abcd"), hash(a[::2]) == hash(b"ac"), hash(a.cast("c")) == hash(b"abcd"), hash(a.cast("b")) == hash(b"abcd"))
show("hash writable", lambda: hash(memoryview(bytearray(b"x"))))
show("hash H", lambda: hash(a.cast("H")))
ro = memoryview(bytearray(b"xy")).toreadonly()
print(ro.readonly, {a: 1}[memoryview(b"abcd")])
show("hash ro of bytearray", lambda: hash(ro))
m = memoryview(b"rel")
with m as ctx:
    print(ctx is m, ctx.tobytes())
for label, f in [("len", lambda: len(m)), ("getitem", lambda: m[0]), ("tobytes", lambda: m.tobytes()), ("tolist", lambda: m.tolist()),
                 ("format", lambda: m.format), ("itemsize", lambda: m.itemsize), ("shape", lambda: m.shape), ("obj", lambda: m.obj),
                 ("readonly", lambda: m.readonly), ("nbytes", lambda: m.nbytes), ("ndim", lambda: m.ndim), ("strides", lambda: m.strides),
                 ("contiguous", lambda: m.contiguous), ("cast", lambda: m.cast("B")), ("hex", lambda: m.hex()), ("hash", lambda: hash(m)),
                 ("bytes", lambda: bytes(m)), ("toreadonly", lambda: m.toreadonly()), ("enter", lambda: m.__enter__()),
                 ("memoryview of it", lambda: memoryview(m)), ("eq self", lambda: m == m), ("eq other", lambda: m == b"rel"),
                 ("release again", lambda: m.release()), ("repr", lambda: repr(m)[:18])]:
    show(label, f)
b = memoryview(b"hashed")
h = hash(b)
b.release()
show("hash after release", lambda: hash(b) == h)
it = iter(memoryview(b"ab"))
print(next(it), list(it))
src = bytearray(b"abc")
v = memoryview(src)
it2 = iter(v)
print(next(it2))
v.release()
show("iterate released", lambda: next(it2))
print(memoryview(b"x").tobytes(order="C"), memoryview(b"xy").cast("B", (1, 2)).tobytes("F"), memoryview(b"abcd").cast("B", (2, 2)).tobytes("F"))
show("tobytes bad order", lambda: memoryview(b"x").tobytes("Z"))
print(memoryview(b"\x01\xff").hex(), memoryview(b"\x01\xff\x10").hex("-"), memoryview(b"abcd").cast("H").hex(":", 2))
