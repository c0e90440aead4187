# replace, translate/maketrans, removeprefix/removesuffix.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
b = b"one two one two one"
for args in [(b"one", b"1"), (b"one", b"1", 2), (b"one", b"1", 0), (b"one", b"1", -1), (b"", b"-"), (b"", b"-", 3),
             (b"o", b""), (b"zz", b"y"), (b" ", b"  ", 1), (bytearray(b"two"), bytearray(b"2"))]:
    print(args, b.replace(*args), bytearray(b).replace(*args))
print(b"".replace(b"", b"x"), b"".replace(b"a", b"b"), b"aaa".replace(b"aa", b"b"), b"abc".replace(b"abc", b""))
show("replace str", lambda: b"a".replace("a", b"b"))
show("replace new str", lambda: b"a".replace(b"a", "b"))
show("replace one arg", lambda: b"a".replace(b"a"))
show("replace 4 args", lambda: b"a".replace(b"a", b"b", 1, 2))
show("replace kw", lambda: b"a".replace(old=b"a", new=b"b"))
show("replace count float", lambda: b"a".replace(b"a", b"b", 1.0))
t = bytes.maketrans(b"abc", b"ABC")
print(len(t), t[97:100], type(t).__name__, bytearray.maketrans(b"x", b"y")[120])
print(b"aabbcc".translate(t), b"abcdef".translate(t, b"de"), b"abc".translate(None), b"abc".translate(None, b"b"))
print(bytearray(b"cab").translate(t), b"hello".translate(None, delete=b"l"), b"xyz".translate(bytes(range(256))))
show("translate short", lambda: b"a".translate(b"abc"))
show("translate str", lambda: b"a".translate("x" * 256))
show("translate none", lambda: b"a".translate())
show("translate delete str", lambda: b"a".translate(None, "a"))
show("maketrans unequal", lambda: bytes.maketrans(b"ab", b"c"))
show("maketrans str", lambda: bytes.maketrans("a", "b"))
show("maketrans one", lambda: bytes.maketrans(b"a"))
for p in [b"", b"pre", b"prefix", b"prefix-x", b"x"]:
    print(p, b"prefix-x".removeprefix(p), b"prefix-x".removesuffix(p), bytearray(b"xx").removesuffix(p))
show("removeprefix str", lambda: b"a".removeprefix("a"))
show("removesuffix none", lambda: b"a".removesuffix())
print(b"x".replace(memoryview(b"x"), memoryview(b"yz")))
