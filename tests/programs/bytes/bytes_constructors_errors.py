# bytes() and bytearray() construction in every form, with the errors CPython raises.
def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, r)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"
class BadBytes:
    def __bytes__(self):
        return bytearray(b"x")
class Index:
    def __index__(self):
        return 4
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i + 65
        raise IndexError
def gen():
    yield 1
    yield 2
for ctor in [bytes, bytearray]:
    name = ctor.__name__
    show(f"{name}()", lambda: ctor())
    show(f"{name}(0)", lambda: ctor(0))
    show(f"{name}(3)", lambda: ctor(3))
    show(f"{name}(True)", lambda: ctor(True))
    show(f"{name}(Index())", lambda: ctor(Index()))
    show(f"{name}([1, 2])", lambda: ctor([1, 2]))
    show(f"{name}((255,))", lambda: ctor((255,)))
    show(f"{name}(range(3))", lambda: ctor(range(3)))
    show(f"{name}(gen())", lambda: ctor(gen()))
    show(f"{name}(Seq())", lambda: ctor(Seq()))
    show(f"{name}({{1: 2}})", lambda: ctor({1: 2}))
    show(f"{name}(b'x')", lambda: ctor(b"x"))
    show(f"{name}(bytearray)", lambda: ctor(bytearray(b"ba")))
    show(f"{name}(memoryview)", lambda: ctor(memoryview(b"mv")[::-1]))
    show(f"{name}(str, enc)", lambda: ctor("h\xe9", "latin-1"))
    show(f"{name}(str, encoding=)", lambda: ctor("h\xe9", encoding="utf-8"))
    show(f"{name}(str, enc, errors)", lambda: ctor("h\xe9", "ascii", "replace"))
    show(f"{name}(source=)", lambda: ctor(source=b"kw"))
    show(f"{name}(WithBytes())", lambda: ctor(WithBytes()))
    show(f"{name}(BadBytes())", lambda: ctor(BadBytes()))
    show(f"{name}(-1)", lambda: ctor(-1))
    show(f"{name}(1.5)", lambda: ctor(1.5))
    show(f"{name}(None)", lambda: ctor(None))
    show(f"{name}('abc')", lambda: ctor("abc"))
    show(f"{name}(1, 'utf-8')", lambda: ctor(1, "utf-8"))
    show(f"{name}(b'a', 'utf-8')", lambda: ctor(b"a", "utf-8"))
    show(f"{name}(errors=)", lambda: ctor(errors="strict"))
    show(f"{name}(encoding=)", lambda: ctor(encoding="utf-8"))
    show(f"{name}('a', 1)", lambda: ctor("a", 1))
    show(f"{name}('a', 'utf-8', 1)", lambda: ctor("a", "utf-8", 1))
    show(f"{name}('a', 'nope')", lambda: ctor("a", "nope"))
    show(f"{name}([256])", lambda: ctor([256]))
    show(f"{name}([-1])", lambda: ctor([-1]))
    show(f"{name}(['a'])", lambda: ctor(["a"]))
    show(f"{name}([1.0])", lambda: ctor([1.0]))
    show(f"{name}(iter [300])", lambda: ctor(iter([300])))
    show(f"{name}(2**70)", lambda: ctor(2 ** 70))
    show(f"{name}(x=1)", lambda: ctor(x=1))
    show(f"{name}(1,2,3,4)", lambda: ctor(1, 2, 3, 4))
ba = bytearray(b"old")
ba.__init__(b"new")
print(ba)
ba.__init__()
print(ba)
ba.__init__(3)
print(ba)
print(bytes.__bytes__(b"q"), b"abc".__getnewargs__(), type(bytes(bytearray(2))).__name__)
