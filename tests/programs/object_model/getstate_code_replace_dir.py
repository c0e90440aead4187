# bytearray and deque reduce through __getstate__ (slots too); code.replace of the name tuples; object.__dir__ through getattr; dir() of a dict subclass of locals
import copy, pickle, collections, types
class B(bytearray): __slots__ = ('x', 'y')
b = B(b'ab'); b.x = 1
print(b.__reduce_ex__(2)[2], b.__reduce__()[2], copy.copy(b).x, pickle.loads(pickle.dumps(b)).x)
class E(bytearray): pass
e = E(b'a'); print(e.__reduce_ex__(2)[2]); e.z = 3; print(e.__reduce_ex__(2)[2])
class G(bytearray):
    def __getstate__(self): return {'g': 1}
print(G(b'z').__reduce_ex__(4))
print(bytearray(b'q').__reduce_ex__(2))
class D(collections.deque): pass
d = D([1]); d.k = 5
print(d.__reduce__()[2], pickle.loads(pickle.dumps(d)).k)
def func():
    x = 1
    return x
c = func.__code__
for kw in ({'co_varnames': ('spam',)}, {'co_freevars': ('freevar',)}, {'co_cellvars': ('cellvar',)}, {'co_nlocals': 1}, {'co_varnames': ('a', 'b')}, {'co_varnames': ('a', 'b'), 'co_nlocals': 2}, {'co_varnames': (1,)}):
    try:
        n = c.replace(**kw)
        print(n.co_varnames, n.co_freevars, n.co_cellvars, n.co_nlocals)
    except Exception as ex: print(type(ex).__name__, ex)
class Foo(object):
    __slots__ = ["__class__", "__dict__"]
    def __init__(self):
        self.bar = "wow"
print(dir(Foo()))
class F2:
    __slots__ = []
print('__repr__' in dir(F2()), dir(3)[:3])
class DD(dict):
    def keys(self): return list('xyz')
print(eval('dir()', globals(), DD()))
