# operator.index() of an int subclass is its value (PyNumber_Index does not call its __index__); an __index__
# returning a bool still counts, with a DeprecationWarning.
import operator, warnings
class MyInt(int):
    def __index__(self):
        return int(str(self)) + 1
m = MyInt(7)
print(m.__index__(), operator.index(m), type(operator.index(m)).__name__, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9][m], hex(m), range(10)[m])
class BadInt:
    def __index__(self):
        return True
class BadInt2(int):
    def __index__(self):
        return True
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(operator.index(BadInt()), operator.index(BadInt2()), [x.category.__name__ for x in w])
