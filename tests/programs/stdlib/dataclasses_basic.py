# dataclasses: generated __init__/__repr__/__eq__/ordering, defaults, field(), frozen, asdict, replace.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

p = Point(1)
print(p, p == Point(1, 0, []), asdict(p), astuple(Point(2, 3)), [f.name for f in fields(p)])
print(replace(p, y=5))

@dataclass(order=True, frozen=True)
class Ver:
    major: int
    minor: int = 0
print(sorted([Ver(1, 2), Ver(0, 9), Ver(1, 0)]), Ver(1) < Ver(1, 1), hash(Ver(1, 2)) == hash(Ver(1, 2)))
try:
    Ver(1).major = 3
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)

@dataclass
class Child(Point):
    z: int = 9
print(Child(1, 2), Child.__init__.__code__.co_varnames[:5])

@dataclass(slots=True)
class S:
    a: int
    b: str = 'b'
print(S(1), S.__slots__)
