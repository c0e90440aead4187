# removeprefix/removesuffix, __contains__, __mul__, comparisons and hashing, __getitem__ errors.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
for s, p in [("prefix_body", "prefix_"), ("body_suffix", "_suffix"), ("abc", ""), ("abc", "abc"), ("abc", "abcd"), ("😀x😀", "😀")]:
    print(s.removeprefix(p), s.removesuffix(p))
t(lambda: "a".removeprefix(1))
t(lambda: "a".removesuffix(None))
t(lambda: "a".removeprefix())
t(lambda: "a".removeprefix(prefix="a"))
t(lambda: 1 in "abc")
t(lambda: "abc" * "2")
t(lambda: "abc" * 2 ** 100)
i = 1.5; t(lambda: "abc"[i])
t(lambda: "abc"[5])
j = "x"; t(lambda: "abc"[j])
t(lambda: "abc" < 5)
t(lambda: "abc" + 5)
t(lambda: "a😀b"[::-1])
t(lambda: "a😀b"[-2])
t(lambda: "abcdef"[-2:1:-2])
t(lambda: ("a" < "b", "B" < "a", "é" > "z", "" < "a", "ab" <= "ab", "abc" >= "abd"))
t(lambda: [ord(c) for c in "\U0010ffff\x00"])
t(lambda: str.__len__("abc"))
t(lambda: "abc".__getitem__(slice(None, None, -1)))
t(lambda: dir(str)[-12:])
t(lambda: len([m for m in dir(str) if not m.startswith("_")]))
t(lambda: str.__doc__[:40])
