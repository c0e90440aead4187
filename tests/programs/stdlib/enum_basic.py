# enum: Enum, IntEnum, Flag, auto, lookups, iteration, reprs.
import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], list(Color), Color.RED.name, Color.RED.value, len(Color))
print(Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color))

class Num(enum.IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO > Num.ONE, int(Num.TWO), repr(Num.ONE), f'{Num.TWO}')

class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(Perm), ~Perm.R)

class Shape(enum.Enum):
    SQUARE = 'sq'
    ALIAS = 'sq'
print(Shape.ALIAS is Shape.SQUARE, list(Shape), Shape.__members__.keys())
try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)

@enum.unique
class U(enum.Enum):
    A = 1
    B = 2
print(list(U), enum.StrEnum('S', ['x', 'y']).x.value)
