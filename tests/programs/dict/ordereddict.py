# collections.OrderedDict (the native one, as CPython's _collections.OrderedDict): order, move_to_end,
# popitem at both ends, views, iterators (mutation checks, pickling), equality, repr, pickling, |,
# subclasses (which of their methods the OrderedDict calls), and dict methods used behind its back.
import copy
import pickle
from collections import OrderedDict as OD


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(' ', type(e).__name__, e)
    else:
        print(' ', r)


od = OD.fromkeys('abcde')


def move_while_iterating():
    for k in od:
        od.move_to_end(k)


def add_while_iterating():
    for k in od:
        od['f'] = None


def del_while_iterating():
    for k in od:
        del od['c']


def set_while_iterating():
    for k in od:
        od['a'] = 5
    return od


def readd_while_iterating():
    it = iter(od)
    next(it)
    od.pop('b')
    od['b'] = 1
    return next(it)


for f in move_while_iterating, add_while_iterating, del_while_iterating, set_while_iterating, readd_while_iterating:
    print(f.__name__)
    attempt(f)
print(list(od))

print(repr(OD()), repr(OD(a=1)), str(OD([(1, 2)])))
print(type(od.keys()).__name__, type(od.values()).__name__, type(od.items()).__name__)
print(type(iter(od)).__name__, type(reversed(od)).__name__, type(iter(od.items())).__name__)
print(type(od.keys()).__mro__, OD.__module__, OD.__mro__)
x = OD(a=1, b=2)
y = OD(b=2, a=1)
print(x == y, x == dict(y), dict(y) == x, x != y, x == OD(a=1, b=2), x.__eq__(5))
print(pickle.loads(pickle.dumps(x)), x.__reduce__()[:4])
it = iter(x)
next(it)
print(it.__reduce__(), list(it))
r = reversed(x.items())
print(r.__reduce__(), list(r))
x.z = 3
print(x.__dict__, x.__reduce__()[:4], copy.copy(x).z)
print(x | {'c': 3}, {'c': 3} | x)
x |= [('q', 9)]
print(x, OD.fromkeys('ab', 0))
print(list(reversed(x)), list(reversed(x.items())), list(reversed(x.values())))
print(repr(x.keys()), repr(x.values()), repr(x.items()))
print(x.keys() & {'a', 'zz'}, x.keys() - {'a'} == {'b', 'q'}, ('a', 1) in x.items(), 9 in x.values())
print(x.popitem(), x.popitem(last=False), x)
attempt(lambda: OD().popitem())
attempt(lambda: x.move_to_end('nope'))
attempt(lambda: OD().move_to_end('nope'))
print(x.setdefault('k', 7), x.pop('k'), x.pop('zz', 0))
attempt(lambda: x.pop('zz'))
r = OD()
r['self'] = r
print(r)
print(copy.copy(x), copy.deepcopy(x))
attempt(lambda: OD(1, 2))
attempt(lambda: OD([1]))
attempt(lambda: OD().update(1, 2))
attempt(lambda: OD().update([(1,)]))
attempt(lambda: OD().update([(1, 2, 3)]))
o = OD.fromkeys('abcd')
o.move_to_end('a')
o.move_to_end('d', last=False)
o.move_to_end('c', False)
print(list(o), o.popitem(False), o.popitem(True), list(o))
print(OD[str, int], isinstance(o, dict))


class C(OD):
    def __getitem__(self, k):
        print('get', k)
        return super().__getitem__(k)

    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)

    def __delitem__(self, k):
        print('del', k)
        super().__delitem__(k)

    def __contains__(self, k):
        print('contains', k)
        return super().__contains__(k)

    def items(self):
        print('items')
        return super().items()

    def keys(self):
        print('keys')
        return super().keys()


c = C(a=1, b=2)
print('setdefault')
c.setdefault('a', 5)
c.setdefault('z', 5)
print('pop')
c.pop('z')
c.pop('q', 0)
print('popitem', c.popitem())
print('copy', type(c.copy()).__name__)
print('repr', repr(c))
print('update')
c.update({'x': 1})
c.update(OD(y=2))
c.update([('w', 3)])
c.update(k=4)
print('or')
c | {'m': 1}
print('ror')
{'m': 1} | c
print('ior')
c |= {'n': 1}
print('eq', c == OD(c))
print('fromkeys', C.fromkeys('ab'))
print('move_to_end')
c.move_to_end('a')
print('iter', list(c), list(c.values()))

print('behind its back')
b = OD(spam=1, ham=2)
dict.__setitem__(b, 'new', 3)
print(list(b), repr(b), len(b))
b['new'] = 4
print(list(b))
dict.__setitem__(b, 'nn', 3)
print(b.pop('nn', 'dflt'), b)
for meth, args in (dict.__delitem__, ('spam',)), (dict.pop, ('spam',)), (dict.popitem, ()):
    d = OD(spam=1, ham=2)
    meth(d, *args)
    attempt(lambda: repr(d))
d = OD(spam=1, ham=2)
dict.clear(d)
print(repr(d))


class Sub(OD):
    pass


for meth, args in (dict.__delitem__, ('spam',)), (dict.pop, ('spam',)), (dict.popitem, ()):
    d = Sub(spam=1, ham=2)
    meth(d, *args)
    attempt(lambda: repr(d))
    attempt(lambda: list(d.items()))
d = Sub(spam=1, ham=2)
dict.__delitem__(d, 'spam')
d['new'] = 3  # the OrderedDict's own change does not hide the one made behind its back
attempt(lambda: list(d.values()))
