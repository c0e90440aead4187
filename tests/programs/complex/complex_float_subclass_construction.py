# complex() and float() of subclasses: the subclass's own type, __complex__/__float__ overrides honoured
# (a strict subclass result warns), __index__ overflow, keywords for a subclass with its own __init__,
# and NaN hashing by identity.
import warnings


class complex2(complex):
    pass


for z in [complex2(1.5, 2), complex2(1.5), complex2('1+2j'), complex2(float('nan'), -0.0)]:
    print(type(z).__name__, z, type(complex(z)).__name__)
z = 3 + 4j
print(z.__complex__() is z, type(complex2(1, 2).__complex__()).__name__)


class MyIndex:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(complex(MyIndex(5)), float(MyIndex(7)))
for f in [complex, float]:
    try:
        f(MyIndex(2 ** 2000))
    except OverflowError as e:
        print(f.__name__, 'OverflowError', e)


class Foo2(float):
    def __float__(self):
        return 42.


class Foo3(float):
    def __new__(cls, value=0.):
        return float.__new__(cls, 2 * value)

    def __float__(self):
        return self


class Foo4(float):
    def __float__(self):
        return 42


class C1(complex):
    def __new__(cls, value=0j):
        return complex.__new__(cls, 2 * value)

    def __complex__(self):
        return self


class C2(complex):
    def __complex__(self):
        return None


print(float(Foo2()))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(float(Foo3(21)), complex(C1(1j)))
    for x in w:
        print(x.category.__name__, x.message)
for f, arg in [(float, Foo4(42)), (complex, C2(1j))]:
    try:
        f(arg)
    except TypeError as e:
        print('TypeError', e)


class subclass(float):
    pass


class subclass_with_init(float):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg


u = subclass_with_init(2.5, newarg=3)
print(type(u).__name__, float(u), u.newarg)
for call in [lambda: subclass(x=0), lambda: float(x=0), lambda: subclass(1, 2)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)

nan = float('nan')
print(hash(nan) == object.__hash__(nan), hash(1.5) == hash(subclass(1.5)), len({float('nan') for _ in range(3)}))
