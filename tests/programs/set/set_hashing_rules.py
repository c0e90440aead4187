# Set membership uses hash then equality; mutable objects cannot be members.
print({1, 1.0, True}, {0, 0.0, False, -0.0}, len({1, "1", 1.0}))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"P({self.x},{self.y})"
pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(1, 2) in pts, Point(3, 3) in pts, sorted(pts, key=lambda p: (p.x, p.y)))
class Collide:
    def __init__(self, v): self.v = v
    def __hash__(self): return 42
    def __eq__(self, o): return self.v == o.v
cs = {Collide(i) for i in range(10)}
print(len(cs), Collide(5) in cs, Collide(50) in cs)
for bad in [[1], {1: 2}, {1}, bytearray(b"x")]:
    try:
        {bad}
    except TypeError as e:
        print("TypeError:", e)
print(frozenset({1, 2}) in {frozenset({2, 1})}, {1, 2} == frozenset({1, 2}))
s = {frozenset({1}), frozenset({1, 2})}
print({1} in s, set() in {frozenset()})
nan = float("nan")
print(len({nan, nan}), len({float("nan"), float("nan")}), nan in {nan})
print(sorted({-1, -2, 5, 0}), sorted({2 ** 64, 2 ** 64 + 1, 1}), sorted({1.5, 0.5, 1}))
