# Dataclass-like behaviour written by hand (no imports).
def dataclass(cls=None, *, order=False, frozen=False):
    def wrap(cls):
        fields = list(cls.__dict__.get("__annotations__", {}))
        defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(f"{cls.__name__}() takes {len(fields)} positional arguments")
            values = dict(zip(fields, args))
            for k, v in kwargs.items():
                if k not in fields:
                    raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {k!r}")
                if k in values:
                    raise TypeError(f"{cls.__name__}() got multiple values for {k!r}")
                values[k] = v
            for f in fields:
                if f not in values:
                    if f not in defaults:
                        raise TypeError(f"{cls.__name__}() missing {f!r}")
                    values[f] = defaults[f]
                object.__setattr__(self, f, values[f])
        def __repr__(self):
            return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        def astuple(self):
            return tuple(getattr(self, f) for f in fields)
        def __eq__(self, o):
            return type(o) is type(self) and astuple(self) == astuple(o)
        cls.__init__, cls.__repr__, cls.__eq__ = __init__, __repr__, __eq__
        cls._astuple = astuple
        if order:
            cls.__lt__ = lambda s, o: astuple(s) < astuple(o)
        if frozen:
            def __setattr__(self, k, v):
                raise AttributeError(f"cannot assign to field {k!r}")
            cls.__setattr__ = __setattr__
            cls.__hash__ = lambda s: hash(astuple(s))
        else:
            cls.__hash__ = None
        return cls
    return wrap if cls is None else wrap(cls)
@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    qty: int = 1
items = [Item("b", 2.5), Item("a", 2.5, qty=3), Item(name="c")]
print(items)
print(sorted(items), Item("a") == Item("a"), Item("a") == Item("b"))
for bad in [lambda: Item(), lambda: Item("x", 1, 2, 3), lambda: Item("x", name="y"), lambda: Item("x", color=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
@dataclass(frozen=True)
class Pt:
    x: int
    y: int
p = Pt(1, 2)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
print({p: "origin-ish"}[Pt(1, 2)], p._astuple())
