# floor, ceil and trunc: floats, ints, bools, huge values and the __floor__/__ceil__/__trunc__ protocol.
import math
for x in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 1e15 + 0.5, -1e15 - 0.5, 1e300, -1e300, 4503599627370497.0, 0.9999999999999999]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
for v in [0, 7, -7, 10 ** 30, -(10 ** 30), True, False]:
    print(repr(v), math.floor(v), math.ceil(v), math.trunc(v), type(math.ceil(v)).__name__)
class F:
    def __floor__(self): return 'floored'
    def __ceil__(self): return 'ceiled'
    def __trunc__(self): return 'truncated'
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
class FF(float):
    def __floor__(self): return 'sub floor'
print(math.floor(FF(2.5)), math.ceil(FF(2.5)), math.trunc(FF(2.5)))
class I(int):
    pass
print(math.floor(I(5)), math.ceil(I(-5)), math.trunc(I(9)))
class HasFloat:
    def __float__(self): return 3.7
print(math.floor(HasFloat()), math.ceil(HasFloat()))
class HasIndex:
    def __index__(self): return 11
print(math.floor(HasIndex()), math.ceil(HasIndex()))
for bad in [math.inf, -math.inf, math.nan, 'x', None, [1], 1j]:
    for f in (math.floor, math.ceil, math.trunc):
        try:
            print(f.__name__, f(bad))
        except Exception as e:
            print(f.__name__, repr(bad), type(e).__name__, e)
class BadFloor:
    def __floor__(self): raise RuntimeError('no floor today')
try:
    math.floor(BadFloor())
except RuntimeError as e:
    print('RuntimeError', e)
