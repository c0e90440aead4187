# join, +, *, comparisons, hashing and conversions between bytes-like types.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
print(b", ".join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b"-").join((b"x", b"y")), b"".join([]))
print(b"-".join(x for x in [b"p", b"q"]), b"/".join(iter([b"r"])), type(bytearray().join([])).__name__)
show("join str item", lambda: b"".join([b"a", "b"]))
show("join int item", lambda: b"".join([1]))
show("join non-iterable", lambda: b"".join(5))
show("join none", lambda: b"".join())
print(b"ab" + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd", b"ab" + memoryview(b"cd"), bytearray(b"x") + memoryview(b"y"))
show("bytes + str", lambda: b"a" + "b")
show("bytearray + str", lambda: bytearray(b"a") + "b")
show("bytes + int", lambda: b"a" + 1)
show("str + bytes", lambda: "a" + b"b")
show("bytes + list", lambda: b"a" + [1])
print(b"ab" * 3, 3 * b"ab", b"ab" * 0, b"ab" * -2, bytearray(b"ab") * 2, 2 * bytearray(b"z"), b"" * 5, b"x" * True)
show("bytes * str", lambda: b"a" * "b")
show("bytes * float", lambda: b"a" * 1.5)
show("bytes * huge", lambda: b"a" * (2 ** 70))
class N:
    def __index__(self):
        return 2
print(b"ab" * N(), N() * b"cd")
pairs = [(b"a", b"b"), (b"ab", b"a"), (b"", b""), (b"\xff", b"\x00\x00"), (b"abc", bytearray(b"abc")), (bytearray(b"a"), b"ab")]
for x, y in pairs:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
print(b"a" == "a", b"a" != "a", b"1" == 1, bytearray(b"a") == memoryview(b"a"), b"a" == memoryview(b"a"))
show("bytes < str", lambda: b"a" < "a")
show("bytearray < int", lambda: bytearray(b"a") < 1)
print(hash(b"abc") == hash(b"abc"), hash(b"") == hash(b""), {b"k": 1}[b"k"], len({b"a", b"a", bytes(b"a")}))
show("hash bytearray", lambda: hash(bytearray(b"a")))
print(b"abc"[1], b"abc"[-1], b"abcdef"[1:4], b"abcdef"[::2], b"abcdef"[::-2], b"abc"[5:], bytearray(b"abc")[1:], bytearray(b"xyz")[-1])
show("index out of range", lambda: b"abc"[3])
show("bytearray index out of range", lambda: bytearray(b"abc")[-4])
show("index str", lambda: b"abc"["a"])
show("bytearray index float", lambda: bytearray(b"abc")[1.0])
show("index huge", lambda: b"abc"[2 ** 80])
print(len(b"abc"), len(bytearray(5)), bool(b""), bool(b"\x00"), list(b"ab"), tuple(bytearray(b"cd")), list(reversed(b"xyz")))
print(sorted(b"dcba"), max(b"az"), min(bytearray(b"az")), sum(b"\x01\x02"), set(b"aab") == {97, 98})
print(hash(b"abc"), hash(b""), hash(b"\xff" * 40), hash(memoryview(b"abc")), hash(memoryview(b"abcdef")[::2]))
