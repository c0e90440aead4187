# find/rfind/index/rindex/count: ranges with negatives, None, __index__, astral text, errors.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
class I:
    def __repr__(self):
        return "I()"
    def __index__(self):
        return 2
s = "abcabcab"
for args in [("ab",), ("ab", 1), ("ab", -3), ("ab", 1, 5), ("ab", None, 4), ("ab", -100, 100), ("ab", 5, 2), ("", 3), ("", 8), ("", 9), ("", 20), ("x",), ("c", I()), ("c", None, None), ("abcabcabc",), ("b", True)]:
    print(args[1:], s.find(*args), s.rfind(*args), s.count(*args))
    t(lambda: s.index(*args))
    t(lambda: s.rindex(*args))
a = "x😀y😀z𝄞"
print(a.find("😀"), a.rfind("😀"), a.find("z", 2), a.find("😀", 2), a.rfind("😀", 0, 3), a.count("😀", 1, -2), a.index("𝄞"), a.find("", 6), a.find("", 7))
print("aaaa".count("aa"), "aaaa".count(""), "".count(""), "".count("", 1), "abc".count("", -1), "abc".find("", 4), "abc".rfind("", 1, 2))
t(lambda: s.find())
t(lambda: s.find(1))
t(lambda: s.find("a", "b"))
t(lambda: s.find("a", 1.5))
t(lambda: s.find("a", 0, 1, 2))
t(lambda: s.find(sub="a"))
t(lambda: s.count(None))
t(lambda: s.index("zz"))
t(lambda: s.rindex("zz", 0, 100))
t(lambda: s.rfind(b"a"))
t(lambda: s.find("a", 2 ** 100))
t(lambda: s.find("a", -2 ** 100))
t(lambda: s.count("a", 0, 2 ** 100))
t(lambda: str.find(1, "a"))
