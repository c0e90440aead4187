# __length_hint__ on builtin iterators.
def hint(it):
    h = getattr(it, "__length_hint__", None)
    return h() if h else "no hint"
lst = [1, 2, 3, 4]
it = iter(lst)
print(hint(it)); next(it); print(hint(it))
lst.append(5)
print(hint(it))
print(hint(iter(range(10))), hint(iter(range(0, 100, 7))), hint(iter("hello")), hint(iter((1, 2))))
print(hint(iter({1: 2, 3: 4})), hint(iter({5, 6, 7})), hint(iter(b"abc")), hint(iter(bytearray(2))))
print(hint(reversed([1, 2])), hint(map(str, [1, 2])), hint(zip("a", "b")), hint(x for x in "ab"))
r = iter(range(3))
list(r)
print(hint(r))
d = {"a": 1}
di = iter(d.items())
print(hint(di))
class Hinted:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def __length_hint__(self): return 42
print(hint(Hinted()), list(Hinted()))
it2 = iter([1, 2, 3])
next(it2); next(it2); next(it2)
print(hint(it2))
try:
    next(it2)
except StopIteration:
    print(hint(it2))
