# bytearray's list-like methods: append/extend/insert/pop/remove/reverse/clear/copy.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
ba = bytearray(b"mid")
ba.append(33)
ba.append(True)
ba.extend(b"xy")
ba.extend([1, 2])
ba.extend(bytearray(b"ba"))
ba.extend(memoryview(b"mv"))
ba.extend(x for x in (7, 8))
ba.extend(range(3))
ba.extend(())
print(ba, len(ba))
for i, v in [(0, 60), (-1, 62), (100, 90), (-100, 91), (3, 0)]:
    ba.insert(i, v)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba.pop(3), ba)
ba.remove(ord("x"))
ba.remove(0)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
print(c == ba, c is ba, type(c).__name__)
c.clear()
print(c, ba[:3], len(c))
for label, f in [
    ("append 256", lambda: bytearray().append(256)),
    ("append -1", lambda: bytearray().append(-1)),
    ("append str", lambda: bytearray().append("a")),
    ("append bytes", lambda: bytearray().append(b"a")),
    ("append none", lambda: bytearray().append()),
    ("append kw", lambda: bytearray().append(item=1)),
    ("extend int", lambda: bytearray().extend(5)),
    ("extend str", lambda: bytearray().extend("ab")),
    ("extend bad", lambda: bytearray().extend([1, 256])),
    ("extend none", lambda: bytearray().extend(None)),
    ("insert one arg", lambda: bytearray().insert(1)),
    ("insert str index", lambda: bytearray().insert("a", 1)),
    ("insert bad value", lambda: bytearray().insert(0, 300)),
    ("pop empty", lambda: bytearray().pop()),
    ("pop range", lambda: bytearray(b"a").pop(1)),
    ("pop two", lambda: bytearray(b"a").pop(1, 2)),
    ("pop str", lambda: bytearray(b"a").pop("0")),
    ("remove missing", lambda: bytearray(b"a").remove(98)),
    ("remove big", lambda: bytearray(b"a").remove(256)),
    ("remove str", lambda: bytearray(b"a").remove("a")),
    ("reverse arg", lambda: bytearray().reverse(1)),
    ("clear arg", lambda: bytearray().clear(1)),
    ("copy arg", lambda: bytearray().copy(1)),
]:
    show(label, f)
big = bytearray()
for i in range(1000):
    big.append(i % 256)
print(len(big), big[:4], big[-4:], sum(big), big.__alloc__() >= len(big))
while big:
    big.pop()
print(big, len(big))
