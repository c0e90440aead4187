# Class patterns respect inheritance; __match_args__ inherited and overridden.
class Shape:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name
class Circle(Shape):
    __match_args__ = ("name", "r")
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side
class Unit(Circle):
    def __init__(self):
        super().__init__(1)
def area(s):
    match s:
        case Unit():
            return "unit circle: pi"
        case Circle(_, r) if r > 10:
            return f"big circle r={r}"
        case Circle(r=r):
            return f"circle 3.14*{r}^2 = {3.14 * r * r:.2f}"
        case Square(name, side=s):
            return f"{name} {s * s}"
        case Shape("triangle"):
            return "triangle (no area)"
        case Shape(n):
            return f"unknown shape {n}"
for s in [Unit(), Circle(20), Circle(2), Square(3), Shape("triangle"), Shape("blob"), 5]:
    print(area(s) if isinstance(s, Shape) else "not a shape")
match Square(4):
    case Shape(name):
        print("matched base pattern with inherited __match_args__:", name)
