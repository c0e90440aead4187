# abs/round/divmod/pow/min/max/sum across int, float, complex, bool, and user numbers.
class Num:
    def __init__(self, v): self.v = v
    def __abs__(self): return Num(abs(self.v))
    def __round__(self, n=None): return Num(round(self.v, n))
    def __divmod__(self, o): return (Num(self.v // o), Num(self.v % o))
    def __pow__(self, e, m=None): return Num(pow(self.v, e, m))
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Num({self.v})"
print(abs(Num(-3)), round(Num(2.567), 1), divmod(Num(17), 5), pow(Num(3), 4, 5), sum([Num(1), Num(2)]), sum([Num(1)], Num(10)))
print(min(Num(3), Num(1), Num(2)), max([Num(3), Num(9)]), sorted([Num(2), Num(1)]))
for v in [-7, -7.5, True, 3 - 4j, -0.0, 2 ** 70]:
    print(repr(v), abs(v), round(abs(v)) if not isinstance(v, complex) else "n/a")
print(divmod(7, 2), divmod(-7, 2.0), divmod(7.5, -2), pow(2, 0.5), pow(-1, 1 / 3) if False else pow(4, -0.5))
print(sum([1, 2.5, True]), sum([0.1] * 3, 0.0), sum(range(5), 100), max(1, 2.5, True), min(-1, -1.0))
print(round(0.5), round(1.5), round(-1.5), round(2.5, 0), round(1234, -2), round(-1250, -2))
