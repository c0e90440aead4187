# startswith/endswith: tuples, ranges, empty prefixes, errors.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
s = "hello world"
for p in ["he", "hello world!", "", ("x", "wor"), ("x", "y"), (), "😀"]:
    print(repr(p), s.startswith(p), s.endswith(p), s.startswith(p, 6), s.endswith(p, 0, 5), s.startswith(p, -5), s.endswith(p, -100, -6), s.startswith(p, 11), s.startswith(p, 12), s.endswith(p, 5, 2))
print("".startswith(""), "".endswith("", 0), "".startswith("", 1), "abc".endswith("", 3), "abc".endswith("", 4), "a😀b".startswith("b", 2), "a😀b".endswith("😀", 0, 2))
t(lambda: s.startswith(1))
t(lambda: s.endswith(["he"]))
t(lambda: s.startswith(("he", 1)))
t(lambda: s.endswith(("he", None)))
t(lambda: s.startswith())
t(lambda: s.startswith("a", "b"))
t(lambda: s.startswith("h", None, None))
t(lambda: s.endswith("d", 1, 2, 3))
t(lambda: s.startswith(prefix="h"))
