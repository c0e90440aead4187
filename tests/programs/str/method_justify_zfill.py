# center/ljust/rjust/zfill: fill characters (astral too), odd margins, signs, errors.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
for s in ["", "a", "ab", "abc", "😀", "é"]:
    print([s.center(w) for w in range(6)], s.center(6, "*"), s.ljust(4, "😀"), s.rjust(4, "-"), s.center(5, "€"), s.ljust(-1), s.zfill(4))
for s in ["42", "-42", "+42", "--4", "", "-", "+", "abc", "😀1", "-😀"]:
    print(repr(s.zfill(5)), repr(s.zfill(0)), repr(s.zfill(-3)))
t(lambda: "a".center())
t(lambda: "a".center(5, ""))
t(lambda: "a".center(5, "ab"))
t(lambda: "a".ljust(5, 1))
t(lambda: "a".rjust(5.0))
t(lambda: "a".zfill("5"))
t(lambda: "a".center(5, "x", "y"))
t(lambda: "a".ljust(width=5))
t(lambda: "a".center(2 ** 100))
print("a".center(True, "x"), "a".rjust(3, "\U0010ffff") == "\U0010ffff\U0010ffffa")
