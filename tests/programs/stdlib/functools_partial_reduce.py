# functools.partial, reduce, cmp_to_key (native _functools).
from functools import partial, reduce, cmp_to_key
import functools

def f(*a, **k):
    return a, k
p = partial(f, 1, x=2)
print(p(3, y=4), p(x=9), p.args, p.keywords, p.func is f)
q = partial(p, 5, z=6)
print(q.args, q.keywords, q.func is f, q())
print(repr(partial(f, 1, 'a', k=[1])).replace(hex(id(f)), 'ID'))
class P(partial):
    pass
print(P(f, 1)(2), type(P(P(f, 1), 2).func).__name__, P(P(f, 1), 2).args)
pa = partial(f); pa.attr = 3; print(pa.attr, partial(pa, 1).func is pa)
class A:
    m = partial(f, 'bound?')
print(A().m(1))
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0))
for args in [(lambda a, b: a, []), (1,), (1, 2)]:
    try:
        reduce(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    partial()
except TypeError as e:
    print('TypeError:', e)
try:
    partial(1)
except TypeError as e:
    print('TypeError:', e)
key = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=key), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))))
k1, k2 = key(1), key(2)
print(k1 < k2, k1 == k2, k1 >= k2, k1.obj)
try:
    hash(k1)
except TypeError as e:
    print('TypeError:', e.__class__.__name__)
print(functools.reduce.__name__, functools.partial.__module__, partial[int])
st = partial(f, 1).__reduce__()
print(st[0] is partial, st[2][1], st[2][2])
