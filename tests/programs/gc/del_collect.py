# __del__ on a tracing collector: it runs for what gc.collect() finds dead (CPython runs most of these at the
# `del`; the log is read after the collection), on an object with the state it had then, its id() and class;
# once only, even when __del__ resurrects the object; its exception is unraisable.
import gc
import sys

log = []


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


def scope():
    D('temporary in function')
    d = D('local')
    return 1


scope()
d = D('deleted')
del d
e = D('rebound')
e = None
D('temporary')
kept = D('kept')
gc.collect()
print(sorted(log))

ident = []


class E:
    def __del__(self):
        log.append((self.x, self.y, type(self).__name__, id(self) == ident[0], gc.is_finalized(self)))


o = E()
o.x = 1
o.y = [2]
ident.append(id(o))
del o
gc.collect()
print(log[-1])

saved = []


class R:
    def __del__(self):
        log.append('R del')
        saved.append(self)


R()
gc.collect()
print(log[-1], len(saved), gc.is_finalized(saved[0]))
saved.clear()
gc.collect()
print(log.count('R del'))


def hook(u):
    print('unraisable:', u.exc_type.__name__, u.exc_value, u.object.__qualname__, u.err_msg)


sys.unraisablehook = hook


class Bad:
    def __del__(self):
        raise ValueError('boom')


Bad()
gc.collect()
sys.unraisablehook = sys.__unraisablehook__


class Plain:
    pass


p = Plain()
p.__class__ = E
p.x = 'x'
p.y = 'y'
ident[0] = id(p)
del p
gc.collect()
print(log[-1])


class L(list):
    def __del__(self):
        log.append(('L', list(self)))


L([1, 2, 3])
gc.collect()
print(log[-1])


class WithSlots:
    __slots__ = ('a', 'b')

    def __del__(self):
        log.append(('slots', self.a, self.b))


w = WithSlots()
w.a, w.b = 'A', 'B'
del w
gc.collect()
print(log[-1], gc.is_finalized(object()), gc.is_finalized(kept))


class Late:
    pass


Late.__del__ = lambda self: log.append('late')
Late()
gc.collect()
print(log[-1])
