# format(), repr(), ascii(), str() builtins.
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1234567, ","), format(0.5, "%"))
print(format(5), format("s"), format(None), format([1, 2]), format(2 + 1j, ".1f"))
print(repr("a'b"), repr(1.0), repr(None), repr([1, "2"]), repr({1: (2,)}), repr(b"\x00"), repr(range(2)))
print(ascii("naïve"), ascii("😀"), ascii(["é"]), ascii(1), ascii(b"\xff"))
print(str(1), str("s"), str(b"b"), str(1.5), str([1.5]), str(None))
class Both:
    def __repr__(self): return "R"
    def __str__(self): return "S"
    def __format__(self, spec): return f"F({spec})"
b = Both()
print(repr(b), str(b), format(b), format(b, "x"), f"{b}", f"{b!r}", f"{b!s}", "%s %r" % (b, b), [b])
class OnlyRepr:
    def __repr__(self): return "only-repr"
print(str(OnlyRepr()), format(OnlyRepr()), ascii(OnlyRepr()))
class NonAscii:
    def __repr__(self): return "ñ"
print(repr(NonAscii()), ascii(NonAscii()))
for bad in [lambda: format(OnlyRepr(), "x"), lambda: format(1, "q"), lambda: format("s", 5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
