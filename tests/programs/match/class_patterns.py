# Class patterns: positional via __match_args__, keywords, builtins.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0):
            return "unreachable keyword form"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x, y), r=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=Point(), r=r):
            return f"circle r={r}"
        case Point():
            return "somewhere"
        case _:
            return "not a shape"
for p in [Point(0, 0), Point(0, 5), Point(7, 0), Point(2, 2), Point(1, 3), Circle(Point(1, 1), 20),
          Circle(Point(0, 0), 3), "text"]:
    print(where(p))
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f) | (complex() as f):
            return f"inexact {f}"
        case str() as s:
            return f"str {s!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case dict(d):
            return f"dict {d}"
        case _:
            return "?"
for v in [True, -3, 4, 2.5, 1j, "s", [9, 8], {"k": 1}, None]:
    print(kind(v))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 1j:
        case complex(z):
            print("no")
except TypeError as e:
    print("TypeError:", e)
