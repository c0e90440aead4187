# Abstract base classes implemented without the abc module.
def abstractmethod(fn):
    fn.__isabstractmethod__ = True
    return fn
class AbstractMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        abstract = set()
        for k in dir(cls):
            if getattr(getattr(cls, k, None), "__isabstractmethod__", False):
                abstract.add(k)
        cls.__abstract__ = frozenset(abstract)
        return cls
    def __call__(cls, *a, **k):
        if cls.__abstract__:
            names = ", ".join(sorted(cls.__abstract__))
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {names}")
        return super().__call__(*a, **k)
class Shape(metaclass=AbstractMeta):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.141592653589793 * self.r ** 2
class FullCircle(Circle):
    def perimeter(self): return 2 * 3.141592653589793 * self.r
for cls, args in [(Shape, ()), (Rect, (2, 3)), (Circle, (1,)), (FullCircle, (1,))]:
    try:
        print(cls(*args).describe())
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Shape.__abstract__), sorted(Circle.__abstract__), sorted(Rect.__abstract__))
