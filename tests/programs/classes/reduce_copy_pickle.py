# object.__reduce_ex__/__reduce__/__getstate__ (protocols 0-4 through copyreg), copy.copy/deepcopy and pickle of plain instances, slots, __getnewargs(_ex)__, list/dict/set subclasses.
o=object()
for f in [lambda: o.__reduce_ex__(), lambda: o.__reduce_ex__('a'), lambda: o.__getstate__(1), lambda: o.__reduce__(1), lambda: o.__reduce_ex__(1,2)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
def show(r):
    return tuple(x.__name__ if callable(x) and hasattr(x, '__module__') and getattr(x, '__module__', '') == 'copyreg' else x for x in r)
print(show(o.__reduce_ex__(2)), show(o.__reduce_ex__(0)), show(o.__reduce__()), o.__getstate__())
class A: pass
a=A(); a.x=1
print(show(a.__reduce_ex__(2)), show(a.__reduce_ex__(1)), show(a.__reduce__()), a.__getstate__())
class S: __slots__=('a','b')
s=S(); s.a=1
print(s.__getstate__(), show(s.__reduce_ex__(2)), S.__slotnames__)
try: s.__reduce_ex__(1)
except TypeError as e: print(e)
class L(list): pass
l=L([1,2]); l.q=5
r=l.__reduce_ex__(2); print(show(r[:3]), list(r[3]), r[4])
class D(dict): pass
d=D(a=1); r=d.__reduce_ex__(2); print(show(r[:4]), list(r[4]))
class I(int): pass
print(show(I(5).__reduce_ex__(2)), show(I(5).__reduce_ex__(1)))
def g(): yield 1
try: g().__reduce_ex__(2)
except TypeError as e: print(e)
try: g().__reduce_ex__(1)
except TypeError as e: print(e)
class T(tuple): pass
print(show(T((1,)).__reduce_ex__(2)))
print(float.__getnewargs__(1.5), complex.__getnewargs__(1j))
import copy, pickle
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"P({self.x!r}, {self.y!r})"
    def __eq__(self, o): return type(o) is P and (self.x, self.y) == (o.x, o.y)
p = P([1, 2], {'k': P(3, 4)})
c = copy.copy(p); dc = copy.deepcopy(p)
print(c, c == p, c.x is p.x, dc == p, dc.x is p.x, dc.y['k'] is p.y['k'])
for proto in range(0, 5):
    q = pickle.loads(pickle.dumps(p, proto)); print(proto, q, q == p)
class WithSlots:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
w2 = copy.copy(WithSlots()); print(w2.a, hasattr(w2, 'b'))
w3 = pickle.loads(pickle.dumps(WithSlots(), 2)); print(w3.a)
class GS:
    def __init__(self): self.v = 1; self.cache = 'big'
    def __getstate__(self): return {'v': self.v}
    def __setstate__(self, st): self.__dict__.update(st); self.cache = None
g2 = copy.deepcopy(GS()); print(vars(g2))
print(vars(pickle.loads(pickle.dumps(GS()))))
class NA(int):
    def __new__(cls, v, tag): o = super().__new__(cls, v); o.tag = tag; return o
    def __getnewargs__(self): return (int(self), self.tag)
n = copy.copy(NA(7, 't')); print(n, n.tag, type(n).__name__)
class KW:
    def __new__(cls, *, k): o = object.__new__(cls); o.k = k; return o
    def __getnewargs_ex__(self): return ((), {'k': self.k})
print(copy.copy(KW(k=9)).k, pickle.loads(pickle.dumps(KW(k=8), 4)).k)
print(copy.copy(L([1, 2])), copy.deepcopy(D(a=[1])))
class Bad:
    def __getnewargs__(self): return 5
try: copy.copy(Bad())
except TypeError as e: print(e)
import collections
print(copy.copy(collections.OrderedDict(a=1)), copy.deepcopy({1, 2}), copy.copy(frozenset({3})))
class SS(set): pass
x = SS({1}); x.t = 2; y = copy.copy(x); print(type(y).__name__, sorted(y), y.t)
try: copy.copy(g())
except TypeError as e: print(e)
print(copy.copy(range(3)), copy.deepcopy([1, (2, [3])]), copy.copy(3.5), copy.copy(1j))
