# Edges of builtins found with CPython's test_builtin: compile() of a buffer, dir() and eval() with a mapping
# as locals, vars() through a __dict__ property, type()'s argument, name, slot and namespace-order checks,
# module __dir__ through its __dict__ attribute, the attribute-name message, and bool(NotImplemented).
import collections, types, warnings
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r.__name__ if isinstance(r, type) else type(r).__name__ if hasattr(r, 'co_code') else r)
    except Exception as e:
        print(type(e).__name__, e)
t(compile, memoryview(b"text"), "name", "exec")
t(compile, bytearray(b"1+2"), "name", "eval")
print(eval(compile(memoryview(b"6*7"), "name", "eval")))
class M:
    def __getitem__(self, key):
        if key == 'a':
            return 12
        raise KeyError
    def keys(self):
        return list('zyx')
m = M()
print(eval('a', {}, m), eval('dir()', {}, m), eval('locals()', {}, m) is m)
class C_get_vars(object):
    def getDict(self):
        return {'a': 2}
    __dict__ = property(fget=getDict)
t(vars, C_get_vars())
c = C_get_vars()
c.x = 5
print(c.x, c.__dict__)
t(vars, 42)
t(vars, 42, 42)
for args in [('A', ()), ('A', (), {}, ()), ('A', [], {}), ('A', (), types.MappingProxyType({})), ('A', (None,), {}),
             ('A', (bool,), {}), ('A', (int, str), {})]:
    t(type, *args)
t(type, 'A', (), dict={})
for ns in [{'__slots__': b'x'}, {'__slots__': ''}, {'__slots__': '42'}, {'__slots__': 'x\x00y'}, {'__slots__': 'x', 'x': 0},
           {'__slots__': ('__dict__', '__dict__')}, {'__slots__': ('__weakref__', '__weakref__')}]:
    t(type, 'A', (), ns)
t(type, 'A', (int,), {'__slots__': 'x'})
class B: pass
t(type, 'A', (B,), {'__slots__': '__dict__'})
t(type, 'A', (B,), {'__slots__': '__weakref__'})
for name in 'A', '\xc4', '\U0001f40d', 'B.A', '42', '', 'A\x00B', 'A\udcdcB', b'A':
    t(type, name, (), {})
t(type, 'A', (), {'__doc__': 'x\udcdcy'})
print(type('A', (), {'__doc__': '\U0001f40d'}).__doc__)
C = type('C', (), {})
def setname(v):
    C.__name__ = v
    return C.__name__
for v in 'A\x00B', 'A\udcdcB', '\U0001f40d', 5:
    t(setname, v)
od = collections.OrderedDict([('a', 1), ('b', 2)])
od.move_to_end('a')
print(list(type('C', (), od).__dict__.items())[:2])
class Foo(types.ModuleType):
    __dict__ = 8
t(dir, Foo("foo"))
mod = types.ModuleType('mod')
mod.__dir__ = lambda: ['b', 'a']
print(dir(mod))
for f in hasattr, getattr, delattr:
    t(f, 1, 2)
t(setattr, 1, 2, 3)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    bool(NotImplemented)
    if NotImplemented:
        pass
    print(not NotImplemented)
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
