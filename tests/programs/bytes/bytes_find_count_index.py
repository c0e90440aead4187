# find/rfind/index/rindex/count on bytes and bytearray: ints, ranges, negatives, errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
b = b"abracadabra"
for meth in ["find", "rfind", "count"]:
    for args in [(b"a",), (b"bra",), (ord("c"),), (b"",), (b"a", 3), (b"a", 3, 7), (b"a", -4), (b"a", -100, -2),
                 (b"a", None, 5), (b"a", 20), (b"", 11), (b"", 12), (b"zz",), (bytearray(b"ra"),), (bytearray(b"ab"),)]:
        show(f"{meth}{args!r}", lambda: getattr(b, meth)(*args))
for meth in ["index", "rindex"]:
    for args in [(b"a",), (b"cad",), (100,), (b"q",), (b"a", 8, 9), (b"a", 0, -20)]:
        show(f"{meth}{args!r}", lambda: getattr(b, meth)(*args))
ba = bytearray(b)
print(ba.find(b"dab"), ba.rfind(97), ba.count(b"a"), ba.index(b"r"), ba.rindex(b"r"))
show("find str", lambda: b.find("a"))
show("find 256", lambda: b.find(256))
show("find -1", lambda: b.find(-1))
show("find float", lambda: b.find(1.5))
show("find no args", lambda: b.find())
show("find 4 args", lambda: b.find(b"a", 1, 2, 3))
show("find kw", lambda: b.find(sub=b"a"))
show("count bad start", lambda: b.count(b"a", "x"))
show("index huge", lambda: b.index(b"a", 2 ** 100))
show("count neg huge", lambda: b.count(b"a", -(2 ** 100)))
class Idx:
    def __index__(self):
        return 98
show("find __index__", lambda: b.find(Idx()))
show("count __index__ start", lambda: b.count(b"a", Idx()))
print(b"a" in b, 97 in b, b"cad" in b, bytearray(b"dab") in b, b"" in b"")
show("in str", lambda: "a" in b)
show("in 300", lambda: 300 in b)
show("in float", lambda: 1.5 in b)
print(b"aaaa".count(b"aa"), b"aaaa".find(b"aa", 1), b"aaaa".rfind(b"aa"), b"".find(b""), b"".rfind(b"", 0, 0))
