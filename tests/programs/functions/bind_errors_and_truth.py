# Argument binding reports a bad keyword before too many positionals (initialize_locals' order), and truth
# tests of subclasses of tuple and dict (and mapping proxies of other mappings) ask their __len__ / __bool__.
import types, collections


def f0(): pass
def f1(a): pass
def f2(a, b=1, *, c): pass
def f3(a, /, b): pass
def f4(*args, k): pass


class C:
    def m(self): pass


for f, a, k in [(f0, (1,), {'x': 1}), (f1, (1, 2), {'x': 1}), (f1, (1, 2), {'a': 3}), (f2, (1, 2, 3), {'c': 1}),
                (f2, (1, 2, 3), {'d': 1}), (f3, (1, 2, 3), {'a': 1}), (f0, (1, 2), {}), (f2, (1, 2, 3, 4), {'c': 1, 'z': 2}),
                ((lambda self: None), (1, 2), {'x': 1}), (f4, (1, 2), {'j': 1}), (C().m, (1,), {'y': 2}),
                (C.m, (1, 2), {'self': 3})]:
    try:
        f(*a, **k)
    except TypeError as e:
        print(e)


class D(dict):
    def __len__(self): return 5


class E(dict):
    def __bool__(self): return False


class T(tuple):
    def __len__(self): return 0


class Point(collections.namedtuple('Point', 'x y')):
    def __bool__(self): return bool(self.x or self.y)


od = collections.OrderedDict(a=1)
print(bool(types.MappingProxyType(od)), bool(types.MappingProxyType(collections.OrderedDict())),
      bool(types.MappingProxyType({})), bool(types.MappingProxyType({1: 2})), bool(types.MappingProxyType(D())))
print(bool(D()), bool(E(a=1)), bool(T((1,))), bool(T()), bool(Point(0, 0)), bool(Point(0, 1)))
print(bool(collections.defaultdict(int)), bool(collections.Counter('a')), bool(collections.Counter()),
      bool(collections.ChainMap()), bool(collections.ChainMap({1: 2})))
print('yes' if D() else 'no', 'yes' if T((1, 2)) else 'no', not E(a=1), not D())
