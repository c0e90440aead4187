# Rich comparisons, reflection (__lt__ <-> __gt__), and total ordering by hand.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        return isinstance(o, Version) and self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash(self.parts)
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.0"), Version("2.0")
print(a < b, a > b, b > a, a <= b, a >= b, a == Version("1.0"), a != b)
class Logged:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f"{self.n}.__lt__({o.n})")
        return NotImplemented
    def __gt__(self, o):
        print(f"{self.n}.__gt__({o.n})")
        return NotImplemented
try:
    Logged(1) < Logged(2)
except TypeError as e:
    print("TypeError:", e)
class OnlyEq:
    def __eq__(self, o):
        return True
x = OnlyEq()
print(x == 1, 1 == x, x != 1, x == None)
try:
    x < x
except TypeError as e:
    print("TypeError:", e)
print(len({Version("1.2"), Version("1.2"), Version("1.3")}))
class Reverse:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return f"R{self.v}"
print(sorted([Reverse(1), Reverse(3), Reverse(2)]))
