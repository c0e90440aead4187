# Matching on objects with auto-generated __match_args__ by a decorator.
def record(cls):
    fields = tuple(cls.__annotations__)
    cls.__match_args__ = fields
    def __init__(self, *args):
        for f, a in zip(fields, args):
            setattr(self, f, a)
    cls.__init__ = __init__
    cls.__repr__ = lambda self: f"{cls.__name__}({', '.join(repr(getattr(self, f)) for f in fields)})"
    return cls
@record
class Num:
    value: int
@record
class Add:
    left: object
    right: object
@record
class Mul:
    left: object
    right: object
def simplify(e):
    match e:
        case Add(Num(0), x) | Add(x, Num(0)):
            return simplify(x)
        case Mul(Num(1), x) | Mul(x, Num(1)):
            return simplify(x)
        case Mul(Num(0), _) | Mul(_, Num(0)):
            return Num(0)
        case Add(Num(a), Num(b)):
            return Num(a + b)
        case Mul(Num(a), Num(b)):
            return Num(a * b)
        case Add(l, r):
            return Add(simplify(l), simplify(r))
        case Mul(l, r):
            return Mul(simplify(l), simplify(r))
        case _:
            return e
for e in [Add(Num(0), Num(5)), Mul(Num(1), Add(Num(2), Num(3))), Mul(Num(0), Num(9)),
          Add(Mul(Num(2), Num(1)), Num(0)), Add(Num(1), Mul(Num(2), Num(3)))]:
    s = e
    for _ in range(3):
        s = simplify(s)
    print(e, "->", s)
