# partition/rpartition: first/last separator, missing separator, astral text, errors.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
for s, sep in [("a=b=c", "="), ("abc", "x"), ("", "x"), ("==", "="), ("a😀b😀c", "😀"), ("abcabc", "bc"), ("abc", "abc")]:
    print(s.partition(sep), s.rpartition(sep))
t(lambda: "a".partition(""))
t(lambda: "a".rpartition(""))
t(lambda: "a".partition(1))
t(lambda: "a".rpartition(None))
t(lambda: "a".partition())
t(lambda: "a".partition("a", "b"))
