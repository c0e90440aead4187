# isinstance/issubclass with a union check each member in order with its full protocol (an ABC's virtual
# subclasses, a metaclass __instancecheck__, a parameterized generic raising), and accept "abstract classes":
# objects with a __bases__ tuple, matched through __class__.
import collections.abc as abc
import typing

print(isinstance([], abc.Iterable | None), isinstance(3, abc.Iterable | None), issubclass(list, abc.Sized | int))
print(isinstance([], typing.List | typing.Tuple), isinstance(2, typing.List | int))

class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'
class Magic(metaclass=Meta):
    pass
print(isinstance('magic', Magic | int), isinstance('plain', Magic | int))

for expr in ('list[int]', 'list[int] | int', 'int | list[int]'):
    try:
        print(expr, isinstance(2, eval(expr)))
    except TypeError as e:
        print(expr, 'TypeError:', e)

class Abstract:
    def __init__(self, *bases):
        self.__bases__ = bases
class Proxy:
    def __init__(self, cls):
        self._cls = cls
    @property
    def __class__(self):
        return self._cls

base = Abstract()
other = Abstract()
child = Abstract(other, base)
print(issubclass(child, base), issubclass(base, child), issubclass(child, child), issubclass(Abstract(child), base))
print(isinstance(Proxy(child), base), isinstance(Proxy(base), child), isinstance(Proxy(child), (int, base)))
class NoBases:
    @property
    def __bases__(self):
        raise AttributeError('masked')
for args in ((1, NoBases()), (NoBases(), int), (int, NoBases())):
    try:
        print(issubclass(*args) if not isinstance(args[0], int) or args[0] is int else isinstance(*args))
    except TypeError as e:
        print('TypeError:', e)
try:
    isinstance(1, 2)
except TypeError as e:
    print('TypeError:', e)
