# object.__setattr__/__delattr__ refuse to skip a builtin's own setattr (type's, a proxy's): CPython's hackcheck.
class A(type):
    def __setattr__(cls, key, value):
        object.__setattr__(cls, key, value)
class B: pass
class C(B, A): pass
obj = C('D', (object,), {})
try:
    obj.test = True
    print('no error')
except TypeError as e:
    print(e)
for target in (int, type('Q', (), {})):
    for f in (lambda: object.__setattr__(target, 'x', 1), lambda: object.__delattr__(target, 'x')):
        try:
            f()
        except TypeError as e:
            print(e)

# the ordinary uses still work: through a class's own __setattr__, on instances of classes and builtins
class P:
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v * 2)
p = P(); p.a = 2; print(p.a)
object.__delattr__(p, 'a'); print(hasattr(p, 'a'))
class E(Exception): pass
e = E(); object.__setattr__(e, 'z', 1); print(e.z)
import types, weakref
m = types.ModuleType('m'); object.__setattr__(m, 'v', 3); print(m.v)
ns = types.SimpleNamespace(); object.__setattr__(ns, 'w', 4); print(ns.w)
class Target: pass
t = Target()
px = weakref.proxy(t)
try:
    object.__setattr__(px, 'x', 1)
except TypeError as e:
    print(e)
try:
    object.__setattr__(1, 'x', 1)
except AttributeError as e:
    print(e)

# a class's __dict__ descriptor, applied to a class whose metaclass also derives from it, is type's
class Base: pass
class Meta1(type, Base): pass
class Meta2(Base, type): pass
class D1(object, metaclass=Meta1): pass
class D2(object, metaclass=Meta2): pass
dd = Base.__dict__['__dict__']
for cls in (D1, D2):
    for f in (lambda: dd.__set__(cls, {}), lambda: dd.__delete__(cls)):
        try:
            f()
        except (AttributeError, TypeError) as e:
            print(type(e).__name__, e)
    print(type(dd.__get__(cls)).__name__)
b = Base(); b.q = 1
print(dd.__get__(b)); dd.__set__(b, {'r': 2}); print(b.r)
