# maketrans in its three forms and translate with ints, strings, None, LookupError, errors.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
tbl = str.maketrans("abc", "xyz", "d")
print(sorted(tbl.items()))
print("abcdef".translate(tbl), "".translate(tbl))
print(sorted(str.maketrans({"a": "1", "b": None, 99: "C", "😀": 65}).items()))
print("abc😀".translate({97: "AA", 98: None, 0x1F600: "x", 99: 0x1F601}))
class M(dict):
    def __missing__(self, k):
        return k + 1 if k < 120 else None
print("abcz".translate(M()))
class L:
    def __getitem__(self, k):
        if k == 97:
            raise LookupError
        if k == 98:
            raise IndexError
        return "<%d>" % k
print("abc".translate(L()))
print("abc".translate([None] * 98 + ["B"]))
t(lambda: "abc".translate({97: 1.5}))
t(lambda: "abc".translate({97: -1}))
t(lambda: "abc".translate({97: 0x110000}))
t(lambda: "abc".translate(5))
t(lambda: "abc".translate())
t(lambda: str.maketrans("ab", "x"))
t(lambda: str.maketrans({"ab": 1}))
t(lambda: str.maketrans({1.5: 1}))
t(lambda: str.maketrans(1))
t(lambda: str.maketrans("a", 1))
t(lambda: str.maketrans(1, "a"))
t(lambda: str.maketrans("a", "b", 1))
t(lambda: str.maketrans())
t(lambda: str.maketrans("a", "b", "c", "d"))
t(lambda: str.maketrans({}, "a"))
print(str.maketrans("", ""), str.maketrans({}), "x".maketrans("x", "y"))
print("abc".translate(str.maketrans("", "", "b")), "ab".translate({ord("a"): "b", ord("b"): "a"}))
