# reversed(): sequences, __reversed__, and length hints.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(5))))
print(list(reversed(range(0, 20, 3))), list(reversed(range(10, 0, -4))), "".join(reversed("hello")))
r = reversed([1, 2, 3])
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
print(type(reversed(range(3))).__name__, type(reversed("ab")).__name__)
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
class Seq:
    def __len__(self): return 4
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * 11
print(list(reversed(Seq())))
class Custom:
    def __reversed__(self):
        return iter("custom!")
print(list(reversed(Custom())))
for bad in [{1, 2}, iter([1]), 5, (x for x in "a")]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
class NoneReversed:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoneReversed())
except TypeError as e:
    print("TypeError:", e)
lst = [1, 2, 3]
rv = reversed(lst)
lst.append(4)
print(list(rv))
lst2 = [1, 2, 3]
rv2 = reversed(lst2)
lst2.clear()
print(list(rv2))
