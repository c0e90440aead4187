# A rational number class with full arithmetic and comparison.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError(f"Frac({n}, 0)")
        g = gcd(n, d) or 1
        if d < 0:
            n, d = -n, -d
        self.n, self.d = n // g, d // g
    @staticmethod
    def _coerce(o):
        if isinstance(o, Frac): return o
        if isinstance(o, int): return Frac(o)
        return None
    def __repr__(self): return f"Frac({self.n}, {self.d})"
    def __str__(self): return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
    def __add__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Frac(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Frac(o) / self
    def __pow__(self, k):
        return Frac(self.n ** k, self.d ** k) if k >= 0 else Frac(self.d ** -k, self.n ** -k)
    def __neg__(self): return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self.n * o.d < o.n * self.d
    def __hash__(self): return hash((self.n, self.d))
    def __float__(self): return self.n / self.d
    def __int__(self): return int(self.n / self.d)
h = Frac(1, 2)
t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, h ** 3, t ** -2, -h)
print(1 + h, 1 - h, 2 * t, 1 / t, h == Frac(2, 4), h == 1, Frac(4, 2) == 2)
print(sorted([Frac(3, 4), Frac(-1, 2), Frac(2, 3), Frac(0)]), float(t), int(Frac(7, 2)))
s = Frac(0)
for k in range(1, 11):
    s += Frac(1, k * (k + 1))
print(s, repr(s))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(h < t, t < h, h > t, max(h, t, Frac(5, 9)))
try:
    h >= Frac(1, 2)
except TypeError as e:
    print("TypeError:", e)
