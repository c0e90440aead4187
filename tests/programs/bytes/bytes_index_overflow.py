# Integers too large for an index or a C argument: OverflowError/IndexError as each CPython parser reports it.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
big = 2 ** 70
m = memoryview(bytearray(b"abc"))
show("mv[big]", lambda: m[big])
show("mv[-big]", lambda: m[-big])
show("mv[big]=1", lambda: m.__setitem__(big, 1))
show("mv[0:big]", lambda: m[0:big].tolist())
show("ba[big]", lambda: bytearray(b"a")[big])
show("ba.pop(big)", lambda: bytearray(b"a").pop(big))
show("ba.insert(big)", lambda: bytearray(b"a").insert(big, 1))
show("b.center(big)", lambda: b"a".center(big))
show("b.zfill(-big)", lambda: b"a".zfill(-big))
show("b.expandtabs(big)", lambda: b"a\tb".expandtabs(big))
show("b.split(maxsplit=big)", lambda: b"a b".split(maxsplit=big))
show("b.replace count big", lambda: b"aaa".replace(b"a", b"b", big))
show("b.hex(':', big)", lambda: b"abc".hex(":", big))
show("bytes(-big)", lambda: bytes(-big))
show("b * -big", lambda: b"a" * -big)
show("ba *= big", lambda: bytearray(b"a").__imul__(big))
show("mv.cast shape big", lambda: m.cast("B", (big,)))
show("b[big:]", lambda: b"abc"[big:])
show("b.find(x, big)", lambda: b"abc".find(b"a", big))
show("b.find(x, -big)", lambda: b"abc".find(b"a", -big))
show("m.tobytes()", lambda: m.tobytes())
