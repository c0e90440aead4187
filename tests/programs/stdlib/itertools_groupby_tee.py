# groupby's shared-iterator semantics and tee's buffering.
import itertools as it

print([(k, list(g)) for k, g in it.groupby('aaabbcaa')])
print([(k, len(list(g))) for k, g in it.groupby([1, 1, 2, 3, 3, 3], key=lambda x: x % 2)])
groups = list(it.groupby('aabbc'))
print([list(g) for k, g in groups])   # earlier groups are exhausted once groupby advances
gb = it.groupby('xxyy')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
print(list(it.groupby([])))

a, b = it.tee(iter(range(5)))
print(next(a), next(a), next(b), list(a), list(b))
x, y, z = it.tee('abc', 3)
print(list(x), list(y), list(z))
print(it.tee('ab', 0))
t1, t2 = it.tee(range(100))
print(sum(t1), sum(t2))
c = it.tee(iter([1, 2, 3]))[0]
next(c)
d = c.__copy__()
print(list(c), list(d))
p, q = it.tee(iter(range(200)))
print(list(it.islice(p, 60))[-1], next(q), list(q)[-1], list(p)[:2])

def reenter():
    yield next(t)
t, = it.tee(reenter(), 1)
try:
    next(t)
except RuntimeError as e:
    print('RuntimeError:', e)
