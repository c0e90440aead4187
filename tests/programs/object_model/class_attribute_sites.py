# Attribute sites reading a class's attributes (A.X) remember the metaclass and its version: every change
# that alters what type_getattro returns must be seen, and a site keeps neither the class nor the value.
import enum


def get_x(cls):
    return cls.X


def get_m(cls):
    return cls.m


class A:
    X = 1

    @staticmethod
    def m():
        return 'static'


class B(A):
    pass


class C:
    X = 'c'

    @classmethod
    def m(cls):
        return 'class ' + cls.__name__


for _ in range(2):
    print([get_x(k) for k in (A, B, C, A)], [get_m(k)() for k in (A, B, C)])

A.X = 2
print(get_x(A), get_x(B))
B.X = 'b'
print(get_x(A), get_x(B))
del B.X
print(get_x(B))
del A.X
for k in (A, B):
    try:
        get_x(k)
    except AttributeError as e:
        print('AttributeError', e)
A.X = 3
print(get_x(B))


# A data descriptor of the metaclass comes first; one added later too.
class Meta(type):
    @property
    def Y(cls):
        return 'meta property'


class D(metaclass=Meta):
    Y = 'class attribute'
    Z = 'class z'


def get_y(cls):
    return cls.Y


def get_z(cls):
    return cls.Z


print(get_y(D), get_z(D))
Meta.Z = property(lambda cls: 'meta z added')
print(get_y(D), get_z(D))
del Meta.Z
print(get_z(D))


# A metaclass __getattr__ answers only what the class lacks.
class Lazy(type):
    def __getattr__(cls, name):
        return 'missing ' + name


class E(metaclass=Lazy):
    W = 'there'


def get_w(cls):
    return cls.W


print(get_w(E))
del E.W
print(get_w(E))
E.W = 'back'
print(get_w(E))


# Values that are instances of Python classes: a __get__ added to their class makes them descriptors.
class Box:
    pass


box = Box()


class F:
    V = box


def get_v(cls):
    return cls.V


print(get_v(F) is box)
Box.__get__ = lambda self, obj, owner: 'via __get__'
print(get_v(F))
del Box.__get__
print(get_v(F) is box)


class Color(enum.Enum):
    RED = 1
    GREEN = 2


def red(cls):
    return cls.RED


print(red(Color), red(Color).value, [red(Color) for _ in range(3)])


# Functions, properties, nested classes and builtin types' attributes.
class G:
    def f(self):
        return 'f'

    p = property(lambda self: 'p')

    class Inner:
        pass

    @classmethod
    def make(cls):
        return cls.__name__


def attrs(cls):
    return cls.f, cls.p, cls.Inner, cls.make()


for _ in range(2):
    f, p, inner, made = attrs(G)
    print(f(G()), type(p).__name__, inner.__name__, made)
print(str.upper('a'), dict.fromkeys('ab'), int.from_bytes(b'\x01\x00', 'little'), type(str.__dict__['upper']).__name__)


def upper_of(cls):
    return cls.upper


print([upper_of(k)('x') for k in (str, str)])


class S(str):
    def upper(self):
        return 'own upper'


print(upper_of(S)(S('x')), upper_of(str)('x'))
S.upper = lambda self: 'replaced'
print(upper_of(S)(S('x')))


# A class read at a site, then dropped: the site keeps neither it nor its attributes alive.
import gc
import weakref


def make():
    class H:
        @staticmethod
        def f():
            return 'h'
    return H


def call_f(cls):
    return cls.f()


refs = []
for _ in range(3):
    H = make()
    print(call_f(H), get_m(A)())
    refs.append((weakref.ref(H), weakref.ref(H.f)))
    del H
gc.collect()
print([(r1() is None, r2() is None) for r1, r2 in refs])
