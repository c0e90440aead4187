# Assigning a class's __bases__ and __doc__ (typing.NamedTuple and urllib.parse do), and the errors for builtin types.
class A: pass
class B:
    def hello(self): return 'B.hello'
class C(A):
    "C's doc"
C.__bases__ = (B,)
print(C.__mro__, C().hello(), issubclass(C, B), issubclass(C, A))
for bad in ((), (1,)):
    try:
        C.__bases__ = bad
    except TypeError as e:
        print('TypeError:', e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print('TypeError:', e)
C.__doc__ = 'new doc'
print(C.__doc__)
try:
    int.__doc__ = 'x'
except TypeError as e:
    print('TypeError:', e)
from typing import NamedTuple
class P(NamedTuple):
    x: int
    y: float = 0.5
print(P(1), P._fields, P.__bases__)
