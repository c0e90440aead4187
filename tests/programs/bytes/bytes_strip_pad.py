# strip family, center/ljust/rjust/zfill and expandtabs.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
for data in [b"", b"  x  ", b"\t\n\x0b\x0c\r x \x00", b"xxhixx", bytearray(b"  ba  ")]:
    print(repr(data), data.strip(), data.lstrip(), data.rstrip(), data.strip(b"x"), data.strip(None), data.rstrip(b" x"))
print(b"abcba".strip(b"ab"), b"abcba".lstrip(bytearray(b"a")), b"abc".strip(memoryview(b"c")), b"\xffa\xff".strip(b"\xff"))
show("strip str", lambda: b"abc".strip("a"))
show("strip two", lambda: b"abc".strip(b"a", b"b"))
show("strip kw", lambda: b"abc".strip(chars=b"a"))
show("lstrip int", lambda: b"abc".lstrip(97))
for w in [-1, 0, 3, 4, 5, 8, 9]:
    print(w, b"abc".center(w), b"abc".center(w, b"*"), b"ab".center(w, b"-"), b"abc".ljust(w, b"."), b"abc".rjust(w), b"abc".zfill(w))
print(b"-42".zfill(6), b"+7".zfill(4), b"".zfill(3), b"-".zfill(3), bytearray(b"9").zfill(3), b"abc".zfill(2))
show("center fill str", lambda: b"a".center(5, "x"))
show("center fill long", lambda: b"a".center(5, b"xy"))
show("ljust fill int", lambda: b"a".ljust(5, 120))
show("rjust fill empty", lambda: b"a".rjust(5, b""))
show("center no args", lambda: b"a".center())
show("center 3 args", lambda: b"a".center(1, b"x", 2))
show("center kw", lambda: b"a".center(5, fillchar=b"x"))
show("center str width", lambda: b"a".center("5"))
show("zfill none", lambda: b"a".zfill())
show("zfill float", lambda: b"a".zfill(2.0))
for ts in [8, 4, 1, 0, -1]:
    print(ts, b"a\tbc\td\n\tx\r\ty".expandtabs(ts))
print(b"\t".expandtabs(), b"ab\t".expandtabs(tabsize=3), bytearray(b"\tz").expandtabs(2))
show("expandtabs str", lambda: b"a".expandtabs("x"))
show("expandtabs kw", lambda: b"a".expandtabs(size=3))
