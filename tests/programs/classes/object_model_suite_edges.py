# Object model edges from CPython's test_class, test_dataclasses, test_functools: classmethod/staticmethod copy
# their function's attributes, object.__init__/__new__ messages, comparison methods whose lookup fails,
# attribute names that are not str, function members as member descriptors, and weak references that honour
# __slots__ (and __weakref__ giving the first one).
def f(x: int) -> str:
    "doc"
cm = classmethod(f); sm = staticmethod(f)
for o in (cm, sm):
    print(o.__name__, o.__qualname__, o.__doc__, o.__annotations__, o.__module__, o.__wrapped__ is f, o.__func__ is f, o.__isabstractmethod__)
    o.extra = 1
    print(o.__dict__)
class C:
    def __init__(self): pass
class D: pass
for t in [C, D]:
    try: t(1)
    except TypeError as e: print(e)
    try: t.__init__(t(), 1)
    except TypeError as e: print(e)
    try: object.__new__(t, 1)
    except TypeError as e: print(e)
class E:
    def __new__(cls): return object.__new__(cls)
try: E(1)
except TypeError as e: print(e)
class F:
    def __init__(self, x): pass
try: object.__init__(F(1), 2)
except TypeError as e: print(e)
class G: pass
g = G()
for n in [1, b'x', None]:
    try: setattr(g, n, 1)
    except TypeError as e: print(e)
    try: object.__setattr__(g, n, 1)
    except TypeError as e: print(e)

class Outer:
    class D: pass
    class N:
        def __new__(cls, *a): return object.__new__(cls)
for t in (Outer.D, Outer.N):
    for f in (lambda: t(1), lambda: t.__init__(t(), 1), lambda: object.__new__(t, 1), lambda: object.__init__(t(), 1)):
        try: f(); print('ok')
        except TypeError as e: print(e)

def booh(self):
    raise AttributeError("booh")
class E:
    __eq__ = property(booh)
print(E() == E())
class F:
    __lt__ = property(booh)
try:
    print(F() < F())
except Exception as e:
    print(type(e).__name__, e)
class A: pass
for args in [(b'x', None), (1, None)]:
    try:
        type.__setattr__(A, *args)
    except TypeError as e:
        print(e)
try:
    type.__delattr__(A, b'x')
except TypeError as e:
    print(e)
try:
    object.__delattr__(A(), 5)
except TypeError as e:
    print(e)

import types
class C:
    __slots__ = ('x',)
    x: int
print(type(C.__dict__['x']).__name__, isinstance(C.__dict__['x'], types.MemberDescriptorType), types.MemberDescriptorType)
print(type(C.x), C.x)
print(getattr(C, 'x', 'nodefault'))
from dataclasses import dataclass
@dataclass
class D:
    __slots__ = ('x',)
    x: int
try:
    D()
except TypeError as e:
    print(e)
import weakref
@dataclass(slots=True, weakref_slot=True)
class A:
    a: int
a = A(1)
print(weakref.ref(a)() is a, A.__slots__, '__weakref__' in A.__dict__)

import weakref
class A: pass
a = A()
print(a.__weakref__)
r = weakref.ref(a)
print(a.__weakref__ is r, weakref.ref(a) is r)
r2 = weakref.ref(a, lambda x: None)
print(a.__weakref__ is r)
class S:
    __slots__ = ('x',)
try:
    weakref.ref(S())
except TypeError as e:
    print(e)
class SW:
    __slots__ = ('x', '__weakref__')
s = SW()
rs = weakref.ref(s)
print(rs() is s, s.__weakref__ is rs)
class Sub(S): pass
print(weakref.ref(Sub())() is not None or True)
class M(type): pass
class K(metaclass=M): pass
print(weakref.ref(K)() is K)
from dataclasses import dataclass
@dataclass(slots=True)
class D:
    a: int
try:
    weakref.ref(D(1))
except TypeError as e:
    print(e)
import abc
class AB(abc.ABC): pass
print(weakref.ref(AB)() is AB)
