# A 2-D vector class exercising many dunders.
import math
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x!r}, {self.y!r})"
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y) if isinstance(o, Vec) else NotImplemented
    def __mul__(self, k): return Vec(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __round__(self, n=None): return Vec(round(self.x, n), round(self.y, n))
a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * a, a @ b, a / 2, -a, abs(a))
print(bool(Vec()), bool(a), list(a), a[1], len(a), tuple(b), round(Vec(1.26, 2.5), 1), round(Vec(1.5, 2.5)))
x, y = a
print(x, y, {a: "a"}[Vec(3, 4)], a == Vec(3, 4), a != b)
try:
    a * "s"
except TypeError as e:
    print("TypeError:", e)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
pts = [Vec(1, 1), Vec(-3, 0), Vec(0, 2)]
print(sorted(pts, key=abs), max(pts, key=lambda v: v.y))
total = Vec()
for p in pts:
    total += p
print(total)
