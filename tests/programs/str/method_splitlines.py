# splitlines: every line boundary CPython knows, keepends positional/keyword/int, errors.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\x1fm\u0085"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "a\r".splitlines(), "\r\n\r".splitlines(1), "x\n".splitlines(0), "😀\n😀".splitlines())
t(lambda: "a".splitlines("x"))
t(lambda: "a".splitlines(1.5))
t(lambda: "a".splitlines(True, False))
t(lambda: "a".splitlines(keep=True))
t(lambda: "a\nb".splitlines(None))
