# NotImplemented drives operator fallback; subclass reflected operands go first.
class Meters:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Meters({self.v})"
    def __add__(self, other):
        print("Meters.__add__", other)
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print("Meters.__radd__", other)
        if isinstance(other, (int, float)):
            return Meters(other + self.v)
        return NotImplemented
    def __eq__(self, other):
        print("Meters.__eq__")
        if not isinstance(other, Meters):
            return NotImplemented
        return self.v == other.v
class Feet:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Feet({self.v})"
    def __radd__(self, other):
        print("Feet.__radd__", other)
        if isinstance(other, Meters):
            return Meters(other.v + self.v * 0.3048)
        return NotImplemented
print(Meters(1) + Meters(2))
print(Meters(1) + 5)
print(5 + Meters(1))
print(Meters(1) + Feet(10))
try:
    Meters(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + Meters(1)
except TypeError as e:
    print("TypeError:", e)
print(Meters(1) == Meters(1), Meters(1) == 1, Meters(1) != Meters(2))
class Base:
    def __add__(self, o): return "Base.__add__"
    def __radd__(self, o): return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o): return "Derived.__radd__"
print(Base() + Derived(), Derived() + Base())
class Same(Base):
    pass
print(Base() + Same())
class Weird:
    def __add__(self, o): return NotImplemented
try:
    Weird() + Weird()
except TypeError as e:
    print("TypeError:", e)
print(NotImplemented.__class__.__name__, bool(1) if True else bool(NotImplemented))
