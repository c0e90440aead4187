# defaultdict (native) and Counter (whose tally loop is _collections._count_elements).
from collections import defaultdict, Counter, OrderedDict

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['zz'], len(dd), dd.default_factory)
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1))
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()), c.get('q'), 'q' in c)
print(defaultdict(list, {1: 2}) | {3: 4}, {3: 4} | defaultdict(list, {1: 2}))
cp = dd.copy(); cp['new'].append(0); print(type(cp).__name__, 'new' in dd, cp.default_factory is list)
x = defaultdict(list); x[1] = x; print(x)
class DD(defaultdict):
    pass
print(DD(list, {1: 2}))
try:
    defaultdict(1)
except TypeError as e:
    print('TypeError:', e)
try:
    defaultdict()['k']
except KeyError as e:
    print('KeyError:', e)
dd.default_factory = set
print(dd['s'])

cnt = Counter('abracadabra')
print(cnt.most_common(3), cnt['a'], cnt['zz'])
cnt.update('aaz'); print(sorted(cnt.items()))
cnt.subtract({'a': 10}); print(cnt['a'], +cnt)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2))
print(sorted(Counter([1, 2, 2, 3, 3, 3]).elements()), Counter('aab').total())
od = OrderedDict(a=1, b=2); od.move_to_end('a'); print(od, list(od))
