import types, collections
for m in ['abc', [1], collections.OrderedDict(a=1), collections.ChainMap({'x': 1})]:
    try:
        p = types.MappingProxyType(m); print(repr(p), len(p), list(p))
    except TypeError as e: print(e)
p = types.MappingProxyType(collections.ChainMap({'x': 1}, {'y': 2}))
print(p['y'], 'y' in p, p.get('z', 0), sorted(p.keys()), p.copy(), p == {'x': 1, 'y': 2}, str(p))
print(p | {'z': 3})
print(list(reversed(types.MappingProxyType({'a':1,'b':2}))))
class D(dict):
    def __contains__(self, k): return k == 'magic'
    def __missing__(self, k): return 'missing ' + k
mp = types.MappingProxyType(D(a=1))
print('magic' in mp, 'a' in mp, mp['zz'], mp['a'], len(mp), mp)
mp2 = types.MappingProxyType(mp)
print(mp2, mp2 == {'a': 1}, mp2 != {'a': 1})
try:
    mp['a'] = 2
except TypeError as e: print(e)
try:
    types.MappingProxyType(5)
except TypeError as e: print(e)
print(types.MappingProxyType({'k': 1}) | types.MappingProxyType({'j': 2}))
print(type(int.__dict__).__name__, 'real' in int.__dict__)
