# Properties: getters, setters, deleters, read-only, inheritance.
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    @property
    def area(self):
        return self.w * self.h
    @property
    def w(self):
        return self._w
    @w.setter
    def w(self, v):
        if v <= 0:
            raise ValueError(f"width must be positive, got {v}")
        self._w = v
r = Rect(3, 4)
print(r.area, r.w)
r.w = 10
print(r.area)
try:
    r.w = -1
except ValueError as e:
    print("ValueError:", e)
try:
    r.area = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.area
except AttributeError as e:
    print("AttributeError:", e)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    @Rect.w.setter
    def w(self, v):
        Rect.w.fset(self, v)
        self.h = v
sq = Square(2)
sq.w = 7
print(sq.area, sq.h)
p = property(lambda self: 42)
print(p.fget(None), p.fset, p.fdel, p.__doc__)
class Doc:
    @property
    def thing(self):
        "Thing docs."
        return 1
print(Doc.thing.__doc__, type(Doc.__dict__["thing"]).__name__)
class Lazy:
    @property
    def missing(self):
        raise AttributeError("computed attribute failed")
    def __getattr__(self, name):
        return f"__getattr__ fallback for {name}"
print(Lazy().missing)
