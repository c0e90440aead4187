# Decorators applied to classes.
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Alpha: pass
@register
class Beta: pass
print(sorted(registry))
def add_repr(cls):
    fields = list(cls.__annotations__)
    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    def __init__(self, *args):
        for f, a in zip(fields, args):
            setattr(self, f, a)
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in fields)
    cls.__repr__ = __repr__
    cls.__init__ = __init__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    return cls
@add_repr
class Point:
    x: int
    y: int
p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), Point.__hash__)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.v, c2.v)
def frozen(cls):
    def __setattr__(self, k, v):
        raise AttributeError(f"{cls.__name__} is frozen; cannot set {k!r}")
    cls.__setattr__ = __setattr__
    return cls
@frozen
@add_repr
class Const:
    name: str
try:
    Const("x")
except AttributeError as e:
    print("AttributeError:", e)
