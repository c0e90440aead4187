# How often dict operations call a key's __hash__ and __eq__: once per lookup, as CPython (which keeps each
# key's hash in the table); a copy or merge from a dict never hashes a key again.
class Key:
    def __init__(self, name, h=42):
        self.name = name
        self.h = h
        self.hashes = 0
        self.eqs = 0

    def __hash__(self):
        self.hashes += 1
        return self.h

    def __eq__(self, other):
        self.eqs += 1
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f"{self.name}:{self.hashes}/{self.eqs}"


a, b = Key("a"), Key("b")
d = {a: 1}
print("insert", a)
d[b] = 2
print("second key of the same hash", a, b)
c = Key("c")
print("get miss", d.get(c), c)
print("in", c in d, Key("a", 42) in d)
e = Key("e")
print("setdefault new", d.setdefault(e, []), e, a.eqs + b.eqs)
print("setdefault old", d.setdefault(e, "x"), e)
print("pop", d.pop(b), b)
print("del miss", end=" ")
try:
    del d[c]
except KeyError:
    print("KeyError", c)
for name, copy in [("copy", dict.copy), ("dict()", dict), ("{**d}", lambda d: {**d}),
                   ("update", lambda d: {0: 0}.update(d)), ("|", lambda d: d | {1: 1}), ("|=", lambda d: d.copy().__ior__(d))]:
    copy(d)
    # (__eq__ calls while copying depend on the table's layout: CPython's compares keys of equal hash.)
    print(name, sorted((k.name, k.hashes) for k in d))

# Tuples and frozensets are slow keys too; many of them, with colliding and distinct hashes.
grid = {(x, y): x * y for x in range(60) for y in range(60)}
print(len(grid), grid[(7, 8)], (60, 0) in grid, sum(grid[(x, x)] for x in range(60)))
for x in range(0, 60, 2):
    for y in range(60):
        del grid[(x, y)]
print(len(grid), (2, 3) in grid, (3, 2) in grid, list(grid)[:3])
grid2 = dict(grid)
grid2[(0, 0)] = "new"
print(len(grid2), list(grid2)[-1], grid2 == grid, len(grid))
collide = {Key(str(i), i % 3): i for i in range(30)}
print(sorted(v for k, v in collide.items() if k.h == 1)[:5], collide[Key("29", 2)])
for k in list(collide)[:20]:
    del collide[k]
print(len(collide), [k.name for k in collide])
fs = {frozenset({i, i + 1}): i for i in range(100)}
print(fs[frozenset({51, 50})], frozenset({1}) in fs)
