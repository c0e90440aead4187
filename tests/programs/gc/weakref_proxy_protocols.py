# weakref.proxy forwards the number, comparison and container protocols; the bookkeeping of references.
import weakref, gc, operator


class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __floordiv__(self, o): return Num(self.v // o)
    def __matmul__(self, o): return ('matmul', self.v, o)
    def __rmatmul__(self, o): return ('rmatmul', o, self.v)
    def __pow__(self, e, m=None): return ('pow', self.v, e, m)
    def __neg__(self): return Num(-self.v)
    def __abs__(self): return Num(abs(self.v))
    def __invert__(self): return Num(~self.v)
    def __int__(self): return self.v
    def __float__(self): return float(self.v) + 0.5
    def __index__(self): return self.v
    def __lt__(self, o): return self.v < (o.v if isinstance(o, Num) else o)
    def __eq__(self, o): return self.v == (o.v if isinstance(o, Num) else o)
    __hash__ = object.__hash__
    def __iadd__(self, o):
        self.v += o
        return self
    def __repr__(self): return f'Num({self.v})'


n = Num(7)
p = weakref.proxy(n)
print(p + 1, 1 + p, p // 2, p @ 3, 3 @ p, p ** 2, pow(p, 2, 5), -p, abs(p), ~p)
print(int(p), float(p), operator.index(p), [0, 1, 2, 3, 4, 5, 6, 7, 8][p])
print(p < 8, 8 > p, p == 7, p != 7, p == n, p < Num(9))
q = p
q += 3
print(q, n, type(q).__name__)


class Box:
    def __init__(self):
        self.items = {0: 'a', 1: 'b'}
    def __getitem__(self, k): return self.items[k]
    def __setitem__(self, k, v): self.items[k] = v
    def __delitem__(self, k): del self.items[k]
    def __contains__(self, k): return k in self.items
    def __len__(self): return len(self.items)
    def __reversed__(self): return iter('cba')
    def __bytes__(self): return b'bytes'
    def __str__(self): return 'a box'


b = Box()
pb = weakref.proxy(b)
pb[2] = 'c'
del pb[0]
print(b.items, 1 in pb, 0 in pb, len(pb), ''.join(reversed(pb)), bytes(pb), str(pb), '__bytes__' in dir(pb))


def gen():
    yield from [4, 5, 6]
it = gen()
class Weakly:
    def __iter__(self):
        return weakref.proxy(it)
print(list(Weakly()))
class NotIter:
    def __iter__(self):
        return weakref.proxy(Box())
try:
    next(weakref.proxy(b))
except TypeError as e:
    print('TypeError', e)

# Plain refs and proxies without callback are shared; the list order getweakrefs shows.
class C:
    pass
o = C()
a = weakref.ref(o, print)
c = weakref.ref(o, print)
px = weakref.proxy(o)
r = weakref.ref(o)
d = weakref.ref(o, print)
px2 = weakref.proxy(o, print)
names = {id(a): 'a', id(c): 'c', id(px): 'px', id(r): 'r', id(d): 'd', id(px2): 'px2'}
print([names[id(x)] for x in weakref.getweakrefs(o)], o.__weakref__ is r)
print(weakref.proxy(o) is px, weakref.ref(o) is r, weakref.getweakrefcount(o))

# A dropped reference is gone (its callback never runs); a called one lets go of its callback.
calls = []
o2 = C()
for i in range(50):
    weakref.ref(o2, calls.append)
keep = weakref.ref(o2, lambda ref: calls.append('kept'))
gc.collect()
print(weakref.getweakrefcount(o2), keep.__callback__ is not None)
del o2
gc.collect()
print(calls, keep.__callback__)

# ref(): keywords refused by ref itself, not by a subclass's __init__.
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, **extra):
        super().__init__(ob, callback)
        self.extra = extra
mr = MyRef(o, None, tag=1)
print(mr.extra, mr() is o, mr is not r)
for args, kw in [((o,), {'x': 1}), ((o, None, 3), {})]:
    try:
        weakref.ref(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
try:
    r.__init__(o, None, 1, 2)
except TypeError as e:
    print('TypeError', e)

# A memoryview of a bytearray is collected once dropped (the bytearray's list of views held it).
b = bytearray(b'abc')
m = memoryview(b)
wm = weakref.ref(m)
del m
gc.collect()
print(wm(), b.append(1), b)
