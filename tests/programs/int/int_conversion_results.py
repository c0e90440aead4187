# int() and operator.index() of objects whose __int__/__index__ return a bool or an int subclass (deprecated:
# a DeprecationWarning and the value), int() through __trunc__ (deprecated delegation; the result must be
# an int or have __index__), and str() of an int far past the digit limit refused by its size.
import operator
import sys
import warnings


class I(int):
    pass


class BadIndex:
    def __index__(self):
        return True


class BadInt:
    def __int__(self):
        return True


class SubIndex:
    def __index__(self):
        return I(7)


class TruncBadInt:
    def __trunc__(self):
        return BadInt()


class TruncSub:
    def __trunc__(self):
        return I(5)


class TruncStr:
    def __trunc__(self):
        return 'x'


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    for f, arg in [(int, BadIndex()), (int, BadInt()), (operator.index, BadIndex()), (operator.index, SubIndex()),
                   (int, TruncSub()), (int, TruncBadInt()), (int, TruncStr()), (I, TruncSub())]:
        try:
            r = f(arg)
            print(type(r).__name__, r)
        except TypeError as e:
            print('TypeError', e)
    print([1, 2, 3][BadIndex()])
    for x in w:
        print(x.category.__name__, x.message)

big = 1 << 200000
try:
    str(big)
except ValueError as e:
    print('ValueError', e)
sys.set_int_max_str_digits(0)
print(len(str(1 << 20000)))
