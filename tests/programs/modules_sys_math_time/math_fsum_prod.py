# fsum (exact, correctly rounded) and prod (with start, mixed types, user classes), with errors.
import math
cases = [
    [], [0.0], [1e308, -1e308], [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [2.0 ** 53, -0.5, -2.0 ** -54],
    [2.0 ** 53, 1.0, 2.0 ** -100], [2.0 ** 53 - 1.0, 0.5, 2.0 ** -54], [1.7e308, 1.7e308, -1.7e308] if False else [1.0],
    [0.1] * 10, [0.1, 0.2, 0.3, -0.6], [1e-16, 1.0, 1e16], [-0.0, -0.0], [-0.0, 0.0], [1, 2, 3], [True, 2.5],
    [1 / n for n in range(1, 1000)], [(-1) ** n / (2 * n + 1) for n in range(2000)], [3.0 ** k for k in range(-20, 20)],
]
for c in cases:
    print(repr(math.fsum(c)), repr(sum(c)))
for c in [[math.inf, 1.0], [-math.inf, -1.0, 5.0], [math.nan, 1.0], [math.inf, math.nan], [1e308, 1e308], [math.inf, -math.inf]]:
    try:
        print(repr(math.fsum(c)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [5, None, ['a'], [1, 'b'], [[1]]]:
    try:
        math.fsum(bad)
    except TypeError as e:
        print('fsum TypeError', e)
print(math.fsum(x / 7 for x in range(100)), math.fsum(iter([0.5, 0.25])))
print(math.prod([]), math.prod([], start=2.5), math.prod(range(1, 21)), math.prod(range(1, 30)), math.prod([2] * 70))
print(math.prod([1.5, 2, 3]), math.prod([2, 1.5]), math.prod([10 ** 20, 10 ** 20]), math.prod([True, True, 5]))
print(math.prod([1, 2], start=3), math.prod([[1, 2]], start=2), math.prod(['ab'], start=3), math.prod([2, 3], start='x'))
print(math.prod([1j, 1j]), math.prod([0.5] * 1100), math.prod([-1] * 7), math.prod([1e200, 1e200]))
class V:
    def __init__(self, n): self.n = n
    def __mul__(self, o): return V(self.n * (o.n if isinstance(o, V) else o))
    def __rmul__(self, o): return V(o * self.n)
    def __repr__(self): return f'V({self.n})'
print(math.prod([V(2), V(3), 4]), math.prod([V(5)], start=V(7)))
for args, kw in [((5,), {}), (([1], 2), {}), (([], ), {'begin': 1}), ((), {}), (([1, 2],), {'start': None}), ((['a', 'b'],), {})]:
    try:
        print(math.prod(*args, **kw))
    except TypeError as e:
        print('prod TypeError', e)
