# expandtabs: columns reset at \n and \r, tab sizes 0/1/negative, keyword, errors.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
for s in ["a\tb", "\t", "ab\tc\td", "12345678\tx", "a\nb\tc", "abc\r\tx", "😀\tx", "a\x0bb\tc", "\u2028\tx", ""]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(1)), repr(s.expandtabs(-3)), repr(s.expandtabs(tabsize=3)))
t(lambda: "a\tb".expandtabs(2.0))
t(lambda: "a\tb".expandtabs("2"))
t(lambda: "a\tb".expandtabs(2, 3))
t(lambda: "a\tb".expandtabs(size=2))
print("\t".expandtabs(True))
