# str(): objects, __str__ results, bytes with encoding/errors, keywords, the errors.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
class A:
    def __str__(self):
        return "A!"
class B:
    def __str__(self):
        return 5
class C:
    def __repr__(self):
        return "C-repr"
class S(str):
    def __str__(self):
        return "S-str"
t(lambda: str(A()))
t(lambda: str(B()))
t(lambda: str(C()))
t(lambda: str(S("raw")))
t(lambda: type(str(S("raw"))).__name__)
t(lambda: str(b"abc", "ascii"))
t(lambda: str(b"\xe9", "latin-1"))
t(lambda: str(b"\xff", "ascii", "ignore"))
t(lambda: str(b"\xff", errors="replace"))
t(lambda: str(b"x", encoding="utf-8"))
t(lambda: str(object=b"x", encoding="utf-8"))
t(lambda: str(bytearray(b"ab"), "utf-8"))
t(lambda: str("x", "utf-8"))
t(lambda: str(5, "utf-8"))
t(lambda: str(b"x", 5))
t(lambda: str(b"x", "utf-8", 5))
t(lambda: str(b"x", "nope"))
t(lambda: str(b"\xff", "utf-8"))
t(lambda: str(b"x", "utf-8", "strict", 1))
t(lambda: str(obj=1))
t(lambda: str(encoding="utf-8"))
t(lambda: str(errors="strict"))
t(lambda: str(1, errors="strict"))
class T(str):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(T("ab"), type(T("ab")).__name__, isinstance(T("x"), str), str.__new__(S, "q"), type(str.__new__(S, "q")).__name__)
t(lambda: str.__new__(int))
t(lambda: str.__new__(5))
t(lambda: str(encoding=None))
t(lambda: str(b"x", None))
t(lambda: str(memoryview(b"ab"), "ascii"))
t(lambda: str(b"ab", errors="strict"))
