# replace: counts, empty old string, astral text, errors.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
s = "aaa bbb aaa"
for args in [("a", "x"), ("a", "x", 2), ("a", "x", 0), ("a", "x", -1), ("", "-"), ("", "-", 2), ("", "", 5), ("aaa", ""), ("zz", "y"), ("a", "😀", 4), (" ", "  ")]:
    print(args, repr(s.replace(*args)))
print("".replace("", "x"), "".replace("", "x", 0), "😀😀".replace("", "|"), "😀a😀".replace("😀", "b", 1), "abc".replace("b", "", True))
t(lambda: s.replace("a"))
t(lambda: s.replace(1, "x"))
t(lambda: s.replace("a", 1))
t(lambda: s.replace("a", "b", "c"))
t(lambda: s.replace("a", "b", 1.0))
t(lambda: s.replace("a", "b", 1, 2))
t(lambda: s.replace("a", "b", count=1))
