# abc on the native _abc: abstract methods, register, __subclasshook__, caches, collections.abc checks.
import abc
from collections.abc import Mapping, Sequence, Iterable, Hashable, Sized, MutableMapping, Callable
print(isinstance({}, Mapping), isinstance([], Mapping), isinstance([], Sequence), isinstance('s', Sequence), isinstance(3, Hashable), isinstance([], Hashable))
print(issubclass(list, Iterable), issubclass(int, Iterable), isinstance(len, Callable), issubclass(dict, MutableMapping))
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
print(sorted(A.__abstractmethods__))
try:
    A()
except TypeError as e:
    print('TypeError:', str(e).split(' with ')[0])
class B(A):
    def f(self): return 1
print(sorted(B.__abstractmethods__))
class C(B):
    p = 3
print(C().f(), C.__abstractmethods__, isinstance(C(), A), issubclass(C, A))
class Reg(abc.ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), issubclass(str, Reg), Reg.register(float) is float)
try:
    Reg.register(3)
except TypeError as e:
    print('TypeError:', e)
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, 'quack') else NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(1, Hook), abc.get_cache_token() >= 0)
try:
    issubclass(3, Reg)
except TypeError as e:
    print('TypeError:', e)
try:
    int.register = None
    A.register(A)
    print('self-register ok')
    Reg.register(object) if False else None
    class X(Reg): pass
    X.register(Reg)
except Exception as e:
    print(type(e).__name__, e)
print(abc.ABCMeta.__module__, type(Mapping).__name__, Mapping.__abstractmethods__ == frozenset({'__getitem__', '__iter__', '__len__'}))
