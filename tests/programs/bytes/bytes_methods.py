# bytes methods mirroring str methods.
b = b"  Hello, World! hello  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hh"), b.lower(), b.upper(), b.swapcase(), b.title())
print(b.find(b"llo"), b.rfind(b"llo"), b.index(b"W"), b.rindex(b"l"), b.count(b"l"), b.count(ord("o")))
print(b.find(108), b.startswith(b"  H"), b.endswith((b"x", b"  ")), b"abc".capitalize())
print(b.split(), b.split(b","), b"a,b,,c".split(b",", 1), b"a b c".rsplit(None, 1), b"x\ny\r\nz".splitlines())
print(b"k=v".partition(b"="), b"a.b.c".rpartition(b"."), b"-".join([b"a", b"b"]), b"abc".replace(b"b", b"BB"))
print(b"abc".center(9, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5), b"a\tb".expandtabs(4))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace(), b"abc".islower(), b"ABC".isupper(),
      b"Ab Cd".istitle(), b"\x80".isascii(), b"abc".isascii())
print(b"prefix-x".removeprefix(b"prefix-"), b"x.txt".removesuffix(b".txt"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"hello".translate(None, b"l"), b"abc".translate(t, b"c"))
print(b"%s and %d and %x and %r" % (b"bytes", 42, 255, b"r"), b"%5s|%-5s|" % (b"a", b"b"), b"%c%c" % (65, b"B"))
print(b"%(k)s" % {b"k": b"v"}, b"%a" % "é", b"%b" % b"x", b"%%")
for bad in [lambda: b"%s" % "str", lambda: b"%d" % b"x", lambda: b"a".join(["s"]), lambda: b"abc".find("a"),
            lambda: b"x" + "y", lambda: b"a".split(b"")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(b"hello".decode(), b"\xe2\x82\xac".decode("utf-8"), b"caf\xe9".decode("latin-1"), b"abc".hex())
print(b"a\xffb".decode("ascii", "replace"), b"a\xffb".decode("ascii", "backslashreplace"))
