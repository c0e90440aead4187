# dataclasses: fields and defaults, default_factory, frozen, order, eq/hash rules, asdict/astuple (nested),
# replace, __post_init__, InitVar, ClassVar, kw_only/KW_ONLY, match_args, make_dataclass, inheritance.
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY, FrozenInstanceError
from typing import ClassVar, List

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    secret: str = field(default='s', repr=False, compare=False)
    count: ClassVar[int] = 0

i = Item('a', 1.5)
print(i, i == Item('a', 1.5, [], 'other'), i != Item('b'))
print([(f.name, f.type if isinstance(f.type, str) else getattr(f.type, '__name__', str(f.type)), 'MISSING' if f.default is dataclasses.MISSING else f.default, f.repr, f.compare) for f in fields(Item)])
print(Item.count, 'count' in [f.name for f in fields(Item)], Item.__hash__ is None)
print(dataclasses.is_dataclass(Item), dataclasses.is_dataclass(i), dataclasses.is_dataclass(3))
try:
    Item()
except TypeError as e:
    print('TypeError', e)

@dataclass
class Inventory:
    owner: str
    items: list
    meta: dict = field(default_factory=dict)
inv = Inventory('me', [Item('x', 1), Item('y', 2, ['t'])], {'k': Item('z')})
print(asdict(inv))
print(astuple(inv))
print(replace(inv, owner='you').owner, inv.owner)

@dataclass
class WithPost:
    a: int
    b: int = 0
    scale: InitVar[int] = 1
    total: int = field(init=False)
    def __post_init__(self, scale):
        self.total = (self.a + self.b) * scale
w = WithPost(1, 2, scale=10)
print(w, w.total, [f.name for f in fields(w)])
print(replace(w, a=5, scale=2).total)

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
vs = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9), Version(1, 2)]
print(sorted(vs), max(vs), Version(1) <= Version(1, 0, 0), hash(Version(1)) == hash(Version(1, 0, 0)))
try:
    vs[0].major = 2
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
try:
    del vs[0].minor
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print('TypeError', e)

@dataclass(unsafe_hash=True)
class H:
    x: int
print(hash(H(3)) == hash(H(3)), {H(1), H(1), H(2)} == {H(1), H(2)})

@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)

@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1), end=' ')
try:
    KW(1)
except TypeError as e:
    print('TypeError', e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(Mixed(1, b=2), Mixed.__match_args__)

@dataclass
class Base:
    x: int = 1
    y: str = 'b'
@dataclass
class Derived(Base):
    z: float = 2.0
    x: int = 10
print(Derived(), Derived(5, 'q', 1.0), [f.name for f in fields(Derived)])

match Version(2, 1):
    case Version(2, minor):
        print('matched minor', minor)

P = dataclasses.make_dataclass('P', ['x', ('y', int), ('z', int, field(default=5))], namespace={'norm': lambda self: self.x + self.y + self.z})
p = P(1, 2)
print(p, p.norm(), P.__name__, [f.name for f in fields(P)])

@dataclass(repr=False)
class NoRepr:
    v: int
print(repr(NoRepr(1)).startswith('<__main__.NoRepr object at'))

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class Mutable:
        a: list = []
except ValueError as e:
    print('ValueError', e)

@dataclass(slots=True, frozen=True)
class Slotted:
    a: int
    b: int = 0
print(Slotted(1), Slotted.__slots__, hasattr(Slotted(1), '__dict__'))
print(dataclasses.fields(Slotted)[0].name, dataclasses.fields(Slotted)[0].default is dataclasses.MISSING)
