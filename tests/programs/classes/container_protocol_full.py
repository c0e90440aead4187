# A full mutable sequence class implementing the container protocols by hand.
class TypedList:
    def __init__(self, kind, items=()):
        self.kind = kind
        self._items = []
        for it in items:
            self.append(it)
    def _check(self, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(v).__name__}")
        return v
    def append(self, v): self._items.append(self._check(v))
    def __len__(self): return len(self._items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return TypedList(self.kind, self._items[i])
        return self._items[i]
    def __setitem__(self, i, v):
        if isinstance(i, slice):
            self._items[i] = [self._check(x) for x in v]
        else:
            self._items[i] = self._check(v)
    def __delitem__(self, i): del self._items[i]
    def __iter__(self): return iter(self._items)
    def __reversed__(self): return reversed(self._items)
    def __contains__(self, v): return v in self._items
    def __add__(self, o): return TypedList(self.kind, self._items + list(o))
    def __iadd__(self, o):
        for v in o:
            self.append(v)
        return self
    def __eq__(self, o): return list(self) == list(o)
    def __repr__(self): return f"TypedList[{self.kind.__name__}]({self._items})"
    def index(self, v): return self._items.index(v)
    def count(self, v): return self._items.count(v)
t = TypedList(int, [3, 1, 2])
t.append(5)
t[0] = 10
t[1:3] = [7, 8, 9]
print(t, len(t), t[0], t[-1], t[1:3], 8 in t, list(reversed(t)), sorted(t))
del t[0]
t += [11]
print(t, t + [12], t == [7, 8, 9, 5, 11], t.index(9), t.count(5), sum(t), max(t))
for bad in [lambda: t.append("x"), lambda: t.__setitem__(0, 1.5), lambda: t.__setitem__(slice(0, 1), ["a"]),
            lambda: t[100], lambda: t.index(99)]:
    try:
        bad()
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
a, b, *rest = t
print(a, b, rest, [x * 2 for x in t], dict(enumerate(t)), bool(TypedList(str)), bool(t))
