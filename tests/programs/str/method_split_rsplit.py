# split/rsplit: whitespace runs (all Unicode spaces), separators, maxsplit (keyword too), errors.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
for s in ["  a  b  c  ", "a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x1fj\x85k\xa0l\u1680m\u2000n\u200ao\u2028p\u2029q\u202fr\u205fs\u3000t", "a\u200bb\u180ec", "", "   ", "one", "a,b,,c,", ",", "😀 😀\t😀"]:
    print(repr(s))
    print(" ", s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0), s.rsplit(maxsplit=0), s.split(","), s.rsplit(",", 1), s.split(",", maxsplit=2), s.rsplit(sep=",", maxsplit=-5))
print("a b c".split(" ", 0), "a b c".rsplit(" ", 0), "  a b ".split(" "), "aXXbXXc".split("XX", 1), "aXXbXXc".rsplit("XX", 1), "aaa".split("aa"), "aaa".rsplit("aa"))
print("a b c".split(maxsplit=True), "a b c".split(None, False), "a b c d".rsplit(None, 2))
t(lambda: "a".split(""))
t(lambda: "a".rsplit(""))
t(lambda: "a".split(1))
t(lambda: "a".split(b"a"))
t(lambda: "a".split(",", "1"))
t(lambda: "a".split(",", 1.0))
t(lambda: "a".split(",", 2 ** 100))
t(lambda: "a".split(",", 1, 2))
t(lambda: "a".split(x=1))
t(lambda: "a".rsplit(",", maxsplit=1, sep=","))
class I:
    def __index__(self):
        return 1
print("a b c".split(None, I()), "a,b,c".rsplit(",", I()))
