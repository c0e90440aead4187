import random
random.seed(7)
print({1, 1.0, True}, {True, 1, 1.0}, {1.0, 1}, {0, 0.0, False, -0.0})
print({-1, -2, -3, 2**61, 2**61 - 1, 2**64, -2**63, 2**53 + 1, 2**100, float(2**70), 0.5, -0.5, 1e300})
print(set(['a', 'b', 'abc', 'é', '\U0001f600', '', (1, 2), (1, 'a'), 3.25]))
s = set(range(100))
for i in range(0, 100, 3): s.discard(i)
print(s)
for i in range(200, 260): s.add(i)
print(s)
print([s.pop() for _ in range(10)], len(s))
s.add(0); s.add(3); print(s.pop(), s.pop())
# strings, lazily simulated, then mixed
t = set(str(i) for i in range(50)); print(t)
t.add(5); t.discard('7'); print(t)
t = {'x', 'y'}; t.update(range(20)); print(t)
# big sets with deletions (slot search by probing)
b = set(random.randrange(-10**6, 10**6) for _ in range(3000))
for x in list(b)[::2]: b.remove(x)
for x in range(50): b.add(x * 1000003)
print(hash(tuple(sorted(b))), list(b)[:40], len(b))
print([b.pop() for _ in range(20)])
while len(b) > 5: b.pop()
print(b)
# unions, copies, set algebra
x = set(range(0, 60, 2)); y = set(range(0, 60, 3))
print(x | y, x & y, x - y, x ^ y, x.copy(), frozenset(x) | {1000})
print(set([2**64 + i for i in range(20)]), set(-i for i in range(40)))
f = [random.random() for _ in range(30)]
print(set(f) == set(reversed(f)), list(set(f)) == [v for v in set(f)])
print(list(set(f))[:10])
print(set([1.5, 2.5, float('inf'), float('-inf')]))
n1, n2 = float('nan'), float('nan'); print(len({n1, n2, n1}))
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 7
    def __eq__(self, o): return isinstance(o, H) and self.v == o.v
    def __repr__(self): return 'H%d' % self.v
hs = {H(i) for i in range(20)}; print(hs); hs.discard(H(3)); hs.add(H(100)); print(hs, H(5) in hs, H(50) in hs)
class Bad:
    def __hash__(self): raise ValueError('no hash')
try:
    {1, Bad()}
except ValueError as e:
    print('err', e)
try:
    set([[1]])
except TypeError as e:
    print(e)
s = {1, 2, 3}
try:
    for v in s: s.add(v + 10)
except RuntimeError as e:
    print(e)
s = set(); 
try: s.pop()
except KeyError as e: print(repr(e))
print(dict.fromkeys([3, 1, 2, 1, True, 1.0]), dict.fromkeys('abca', 0))
# sets built from sets keep their layout (set_merge); |= and update with itself
fz = frozenset(['a', 'é', 3.25, 11, 'zz'])
print(fz, set(fz), set(fz) | set(), fz | {1}, {1} | fz)
s = set(fz); s |= s; s.update(s); print(s)
s = {2, 10, 18}; s.update(frozenset([26, 34]), [42]); print(s)
s = set(range(30)); s -= set(range(0, 30, 4)); print(s, s.pop(), s)
