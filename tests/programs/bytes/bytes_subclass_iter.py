# Subclasses of bytes/bytearray, iterators, and reversed/length hints.
class B(bytes):
    def extra(self):
        return len(self) * 2
class BA(bytearray):
    pass
class Raw(bytes):
    def __new__(cls, n):
        return super().__new__(cls, b"r" * n)
b = B(b"sub")
print(b, repr(b), type(b).__name__, b.extra(), isinstance(b, bytes), b == b"sub", hash(b) == hash(b"sub"))
print(type(b.upper()).__name__, type(b[1:]).__name__, type(b + b"x").__name__, type(b * 2).__name__, type(bytes(b)).__name__)
ba = BA(b"arr")
print(ba, repr(ba), type(ba).__name__, type(ba.upper()).__name__, type(ba[:1]).__name__, type(ba.copy()).__name__)
ba.attr = 5
print(ba.attr, Raw(3), type(Raw(2)).__name__, B(), B(2), BA([1, 2]))
class Conv:
    def __bytes__(self):
        return B(b"conv")
print(bytes(Conv()), type(bytes(Conv())).__name__)
it = iter(b"abc")
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
it2 = iter(bytearray(b"xyz"))
print(type(it2).__name__, next(it2), it2.__length_hint__())
growing = bytearray(b"ab")
out = []
for c in growing:
    out.append(c)
    if len(growing) < 5:
        growing.append(c + 1)
print(out, growing)
print(list(reversed(bytearray(b"123"))), [x for x in reversed(b"")], next(iter(memoryview(b"q"))))
print(type(iter(memoryview(b""))).__name__, b"".__iter__() is not None, iter(it) is it)
try:
    next(iter(b""))
except StopIteration:
    print("StopIteration")
print(bytes.__name__, bytearray.__name__, memoryview.__name__, bytes.__mro__, bytearray.__hash__)
try:
    class M(memoryview):
        pass
except TypeError as e:
    print("TypeError:", e)
raw = bytearray(b"a\xff")
print(raw.__reduce__(), raw.__reduce_ex__(2), raw.__reduce_ex__(4))
sub = BA(b"q")
print(sub.__reduce_ex__(4)[1:], BA(b"r").__reduce__()[1:])
sub.y = 1
print(sub.__reduce_ex__(3)[1:])
