# strip/lstrip/rstrip: Unicode whitespace, character sets, None, errors.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
for s in ["  x  ", "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0x\u2000\u3000\u2028", "\u200bx\u200b", "xyzzyx", "", "😀a😀", "\u180ex\u180e"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("xy")), repr(s.lstrip("x😀")), repr(s.rstrip(None)), repr(s.strip("")))
t(lambda: "a".strip(1))
t(lambda: "a".lstrip(b"a"))
t(lambda: "a".rstrip("a", "b"))
t(lambda: "a".strip(chars="a"))
class S(str):
    pass
print(type(S(" a ").strip()).__name__, type(S("a").strip()).__name__)
