# gc.collect() collects now: weak references to what nothing else holds go dead, their callbacks run (in
# CPython most of these die already at their `del`, Typhon's at the collection; the log is read after it),
# the weak containers drop their entries, weakref.finalize runs, and a callback's exception is unraisable.
import gc
import sys
import weakref

log = []


class A:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'A({self.name})'


def make():
    a = A('local')
    return weakref.ref(a, lambda r: log.append('local died'))


r1 = make()
a = A('global')
r2 = weakref.ref(a, lambda r: log.append('global died'))
r2b = weakref.ref(a)
del a
x = A('cycle')
x.me = x
r3 = weakref.ref(x, lambda r: log.append('cycle died'))
del x
r4 = weakref.ref(A('temporary'))
kept = A('kept')
r5 = weakref.ref(kept, lambda r: log.append('kept died'))
gc.collect()
print(r1(), r2(), r2b(), r3(), r4(), r5(), sorted(log))

d = weakref.WeakValueDictionary()
k = weakref.WeakKeyDictionary()
s = weakref.WeakSet()
objs = [A(i) for i in range(5)]
for o in objs:
    d[o.name] = o
    k[o] = o.name
    s.add(o)
del objs[1:3], o
gc.collect()
print(sorted(d.keys()), sorted(k.values()), len(s))
del objs
gc.collect()
print(len(d), len(k), len(s), list(d.items()))

f = weakref.finalize(A('fin'), log.append, 'finalized')
gc.collect()
print(f.alive, log[-1])

p = weakref.proxy(A('proxied'))
gc.collect()
try:
    p.name
except ReferenceError as e:
    print('ReferenceError:', e)


def hook(u):
    print('unraisable:', u.exc_type.__name__, u.exc_value, u.object.__qualname__, u.err_msg)


sys.unraisablehook = hook
b = A('bad')
rb = weakref.ref(b, lambda r: 1 / 0)
del b
gc.collect()
print('after bad', rb())


def inner():
    t = A('in function')
    ref = weakref.ref(t)
    del t
    gc.collect()
    return ref()


print(inner(), kept)
