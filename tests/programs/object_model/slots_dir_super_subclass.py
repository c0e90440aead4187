for base in (dict, list, str, bytes, float, int, tuple, set, frozenset, complex, bytearray, object):
    try:
        class C(base):
            __slots__ = ('a',)
    except TypeError as e:
        print(base.__name__, e)
        continue
    c = C()
    c.a = 1
    try:
        c.b = 2
        print(base.__name__, 'has dict', hasattr(c, '__dict__'))
    except AttributeError as e:
        print(base.__name__, 'AttributeError', e)
    print(base.__name__, c.a, hasattr(c, '__dict__'))
class E(Exception):
    __slots__ = ('x',)
e = E(); e.x = 1; print(hasattr(e, '__dict__'))
class A:
    def meth(self, a): return "A(%r)" % a
class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)
class F(A):
    def meth(self, a):
        s = self.__super
        return "F(%r)[%s]" % (a, s.__class__.__name__) + s.meth(a)
F._F__super = mysuper(F)
print(F().meth(6))
m = mysuper(F, F())
m.x = 5
print(type(m).__name__, m.x, super(F, F()).meth(1))
try:
    super(F, F()).y = 1
except AttributeError as e: print(e)
def f():
    junk = 12
    print(dir(), sorted(locals()))
    later = 1
    class W: pass
    def g(): return later
    print(dir())
f()
exec("print(dir())", {}, {'b': 1, 'a': 2})
