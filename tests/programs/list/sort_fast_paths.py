import random
nan = float('nan')
random.seed(5)
for trial in range(30):
    n = random.randint(0, 40)
    xs = [random.choice([nan, 1.0, 2.0, -0.0, 0.0, 0, 1, True, False, 3, -1.5, float('inf'), float('-inf')]) for _ in range(n)]
    a = sorted(xs)
    b = sorted(xs, reverse=True)
    print([(repr(x), xs.index(x) if x == x else -1) for x in a])
    print([repr(x) for x in b])
    fs = [float(repr(x)) if type(x) is float else x for x in xs]
    ids = [id(x) for x in fs]
    print([ids.index(id(x)) for x in sorted(fs) if type(x) is float], [ids.index(id(x)) for x in sorted(fs, reverse=True) if type(x) is float])
xs = [random.randint(-5, 5) for _ in range(50)]
print(sorted(xs), sorted(xs, reverse=True))
print(sorted(range(10), reverse=True), sorted(range(10, 0, -1)), sorted([3, 3, 3]))
print(sorted([-0.0, 0.0, 0, -0.0]), [str(x) for x in sorted([0.0, -0.0, 0], reverse=True)])
print(sorted([1, 2.5, True, 0.5, False]))
pairs = [(random.randint(0, 3), i) for i in range(30)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, key=lambda p: float(p[0]), reverse=True))
print(sorted(['b', 'a', 'é', '\U0001f600', '\uffff', 'ab']))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print(e)
try:
    sorted([1.0, None])
except TypeError as e:
    print(e)
L = [5, 3, 1]
L.sort(); print(L)
L = [2**60, 2**53 + 1, float(2**53), 5]
print(sorted(L))
# list.sort in place with key and reverse; a list mutated by its key function during sort
L = [3.5, 1, 2.0, True, 0]
L.sort(reverse=True); print(L)
L = list(range(20, 0, -1)); L.sort(); print(L)
L = [1, 2, 3]
def bad(x):
    L.append(x)
    return x
try:
    L.sort(key=bad)
except ValueError as e:
    print(e, L)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'K(%r)' % self.v
print(sorted([K(3), K(1), K(2)]), sorted([K(3), K(1), K(2)], reverse=True))
print(sorted([3, 1, 2], key=lambda x: -x), sorted([], reverse=True), sorted([1.5]))
