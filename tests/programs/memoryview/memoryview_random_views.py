# Seeded random slices, casts and writes through memoryviews of a bytearray.
state = 7
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n
def call(label, f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = (r.format, r.shape, r.strides, r.tolist(), r.c_contiguous, r.f_contiguous)
    except Exception as e:
        r = type(e).__name__ + ":" + str(e)
    print(label, r)
buf = bytearray(range(48))
base = memoryview(buf)
for k in range(80):
    a, b, st = rnd(60) - 6, rnd(60) - 6, (rnd(7) - 3) or 1
    fmt = "BbHhIiQqfdc?"[rnd(12)]
    v = base[a:b:st]
    print("#", a, b, st, fmt, len(v), v.nbytes, v.strides)
    call("cast", lambda: v.cast(fmt))
    call("cast2", lambda: v.cast("B", (2, len(v) // 2)) if len(v) % 2 == 0 and len(v) else None)
    call("bytes", lambda: (v.tobytes().hex(), bytes(v) == v.tobytes(), v == v.tobytes()))
    i = rnd(20) - 10
    call("get", lambda: v[i])
    call("set", lambda: (v.__setitem__(i, rnd(300)), buf.hex())[1])
    j = rnd(10)
    call("setslice", lambda: (v.__setitem__(slice(0, j), bytes(range(j))), buf[:20].hex())[1])
    if fmt not in "c?fd":
        t = base.cast(fmt)
        call("typed", lambda: (t.tolist()[:3], t[rnd(len(t))], len(t)))
        call("typedset", lambda: (t.__setitem__(rnd(len(t)), rnd(2 ** 20) - 2 ** 10), t.tolist()[:3])[1])
        t.release()
    v.release()
print(buf.hex())
