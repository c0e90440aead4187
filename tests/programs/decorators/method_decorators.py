# property, classmethod, staticmethod and custom method decorators.
def logged(fn):
    def wrapper(self, *a):
        r = fn(self, *a)
        print(f"{type(self).__name__}.{fn.__name__}{a} -> {r}")
        return r
    return wrapper
class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(v):
        return v >= -273.15
    @logged
    def add(self, d):
        self._c += d
        return self._c
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.from_f(212).celsius, Temperature.valid(-300), t.valid(0))
t.add(5)
del t.celsius
print(hasattr(t, "_c"))
print(type(Temperature.__dict__["from_f"]).__name__, type(Temperature.__dict__["valid"]).__name__)
print(Temperature.celsius.fget.__name__, Temperature.fahrenheit.fset)
