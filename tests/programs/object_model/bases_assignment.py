# Assigning __bases__ and __class__: layout checks, MRO recomputation of subclasses, undo on failure.
class L(list): pass
class C: pass
class D(C): pass
class S: __slots__ = ('a',)
class S2: __slots__ = ('a',)
class S3: __slots__ = ('b',)
class W: __slots__ = ()
for tgt, b in [(L, (dict,)), (D, (C, list)), (C, (type(None),)), (D, (S,)), (S, (S2,)), (D, (W,)), (L, (C,)),
               (D, ()), (D, [C]), (D, (1,)), (D, (D,)), (D, (C, C))]:
    try:
        tgt.__bases__ = b
        print('ok', tgt.__mro__)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del D.__bases__
except TypeError as e:
    print(e)
try:
    list.__bases__ = (dict,)
except TypeError as e:
    print(e)

class T(S2): pass
class U(S3): pass
class V(S): pass
for tgt, b in [(T, (S,)), (T, (S3,)), (T, (W,)), (V, (S2,))]:
    try:
        tgt.__bases__ = b
        print('ok', tgt.__mro__)
    except TypeError as e:
        print(e)

x = C()
for k in [int, S, W, D, L, C]:
    try:
        x.__class__ = k
        print('ok', type(x).__name__)
    except TypeError as e:
        print(e)
l = L()
class L2(list): pass
class L3(L): pass
class DD(dict): pass
for k in [L2, L3, DD, list]:
    try:
        l.__class__ = k
        print('ok', type(l).__name__)
    except TypeError as e:
        print(e)

# Subclasses follow a base's new bases.
class C2:
    def meth(self):
        return 'C2.meth'
class E(D): pass
e = E()
D.__bases__ = (C2,)
print(e.meth(), E.__mro__, C2.__subclasses__(), C.__subclasses__())

# An MRO conflict leaves everything as it was.
class A: pass
class B: pass
class AB(A, B): pass
class AB2(A, B): pass
class X(AB, AB2): pass
try:
    AB.__bases__ = (B, A)
except TypeError as e:
    print(e)
print(AB.__mro__, X.__mro__)

# A failing mro() of a subclass undoes the MROs already changed.
class WorkOnce(type):
    def __new__(mcls, name, bases, ns):
        mcls.flag = 0
        return super().__new__(mcls, name, bases, ns)
    def mro(cls):
        if cls.flag > 0:
            raise RuntimeError('bozo')
        cls.flag += 1
        return type.mro(cls)
class P: pass
class P2: pass
class Q(P): pass
class R(Q): pass
class F(Q, metaclass=WorkOnce): pass
before = (Q.__mro__, R.__mro__)
try:
    Q.__bases__ = (P2,)
except RuntimeError as e:
    print('RuntimeError', e, (Q.__mro__, R.__mro__) == before, Q.__bases__)

# A metaclass's mro() sees no __mro__ yet, and may return an odd one.
class M(type):
    def mro(cls):
        print('mro of', cls.__name__, cls.__mro__)
        return type.mro(cls)
class N(metaclass=M): pass
print(N.__mro__)
class Bad(type):
    def mro(cls):
        return [cls, 1]
try:
    class Z(metaclass=Bad): pass
except TypeError as e:
    print(e)
class Bad2(type):
    def mro(cls):
        return [cls, int, object]
try:
    class Z(metaclass=Bad2): pass
except TypeError as e:
    print(e)

# Private slot names are mangled.
class Priv:
    __slots__ = ('__a', '__b__', 'c')
    def __init__(self):
        self.__a = 1
        self.c = 2
p = Priv()
print(p._Priv__a, sorted(k for k in Priv.__dict__ if not k.startswith('__')), '__b__' in Priv.__dict__)
class Cell:
    __slots__ = ['__classcell__']
    def f(self):
        return __class__
print(type(Cell.__dict__['__classcell__']).__name__, Cell().f() is Cell)
try:
    class Conflict:
        __slots__ = ('x',)
        x = 1
except ValueError as e:
    print(e)
