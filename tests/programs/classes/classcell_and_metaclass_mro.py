# __class__ cells and metaclasses: the cell is set when type.__new__ makes the class (before a metaclass's
# mro() runs, with the namespace already in the class), a metaclass returning something else than a class is
# not checked, a bad __classcell__ is a TypeError, a metaclass's own mro() is used, and super()'s arguments
# are checked.
test_namespace = None


class Meta(type):
    def __new__(cls, name, bases, namespace):
        global test_namespace
        test_namespace = namespace
        return None


class A(metaclass=Meta):
    @staticmethod
    def f():
        return __class__


print(A)
B = type('B', (), test_namespace)
print(B.f() is B)

seen = None


class MroMeta(type):
    def mro(self):
        self.__dict__['f']()
        return super().mro()


class C(metaclass=MroMeta):
    def f():
        global seen
        seen = __class__


print(seen is C, C.__mro__)


class Reversed(type):
    def mro(cls):
        return [cls, object] if cls.__name__ == 'D' else super().mro()


class Base:
    x = 'base'


class D(Base, metaclass=Reversed):
    pass


print(D.__mro__, getattr(D, 'x', 'no x'), D.mro())


class Bad(type):
    def mro(cls):
        return [1]


try:
    class E(metaclass=Bad):
        pass
except TypeError as e:
    print('TypeError', e)

for bad_cell in [None, 0, '', object()]:
    try:
        type('X', (), {'__classcell__': bad_cell})
    except TypeError as e:
        print('TypeError', e)


class Swap(type):
    def __new__(cls, name, bases, namespace):
        namespace['__classcell__'] = cell
        return super().__new__(cls, name, bases, namespace)


class Holder:
    def f(self):
        return __class__


cell = Holder.f.__closure__[0]
try:
    class F(metaclass=type):
        def g(self):
            return __class__
        __classcell__ = cell
except TypeError as e:
    print('TypeError', str(e).replace(__name__, 'M'))

for args, kw in [((1, 2, 3), {}), ((int, 1), {'x': 1})]:
    try:
        super(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
