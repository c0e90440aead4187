# __contains__, __getitem__-based iteration and membership.
class Evens:
    def __contains__(self, x):
        return isinstance(x, int) and x % 2 == 0
e = Evens()
print(4 in e, 5 in e, "a" in e, 5 not in e)
class Squares:
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError(i)
        return i * i
s = Squares()
print(list(s), 16 in s, 17 in s, s[3])
print(list(iter(s)), sorted(s, reverse=True))
for i, v in enumerate(s):
    if i == 2:
        print("third square", v)
class Mapping:
    def __init__(self): self.d = {"a": 1, "b": 2}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __len__(self): return len(self.d)
m = Mapping()
m["c"] = 3
del m["a"]
print(m["b"], len(m), m.d)
try:
    m["zz"]
except KeyError as e:
    print("KeyError:", e)
class Slicer:
    def __getitem__(self, key):
        return repr(key)
sl = Slicer()
print(sl[1], sl[1:2], sl[::3], sl[1, 2], sl[..., 0], sl[:, 1:], sl["k"])
class ContainsTruthy:
    def __contains__(self, x):
        return [x]
print(1 in ContainsTruthy())
class NoContains:
    pass
try:
    1 in NoContains()
except TypeError as e:
    print("TypeError:", e)
