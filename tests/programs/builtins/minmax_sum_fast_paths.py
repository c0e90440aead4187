nan = float('nan')
print(max([1, 5, 3]), min([4, 2, 9]), max(3, 7, 5), min(3, 7, 5), max((2, 8, 1)), min([2.5, 1, True]))
print(max([1, 1.0, True]), min([1, 1.0, True]), max([True, 1, 1.0]), min([1.0, True, 1]))
print(max([nan, 1.0, 2.0]), max([1.0, nan, 2.0]), min([2.0, nan, 1.0]), max([nan, 1, 2]), min([3, nan, 1]))
print(max([2**60, 2**53 + 1, 5.0]), min([-2**70, -1e30]), max([1, 2.5, 2]), max([0.0, -0.0]), min([0.0, -0.0]), min([-0.0, 0.0]))
print(max(['b', 'abc', 'é']), min('hello'), max([[1, 2], [1, 3]]), max([(1, 'a'), (1, 'b')]))
print(max([], default='empty'), min([], default=None), max([3], default=0), max(range(10), key=lambda x: -x))
print(max(['aa', 'b', 'cc'], key=len), min(['aa', 'b', 'cc', 'd'], key=len), max([1, 2, 3], key=lambda x: x % 2))
def gen():
    for i in [3, 1, 2]:
        print('yield', i)
        yield i
def k(x):
    print('key', x)
    return x
print(max(gen(), key=k))
print(min(iter([5, 4, 6])), max({3: 'a', 9: 'b'}), min({7, 2, 9}))
for bad in [lambda: max([]), lambda: min(()), lambda: max(1), lambda: max(1, 2, default=0), lambda: max(),
            lambda: max([1, 'a']), lambda: min([None, 1]), lambda: max([1], foo=1), lambda: max([1, 2], key=5)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print('lt', self.v, o.v); return self.v < o.v
    def __gt__(self, o): print('gt', self.v, o.v); return self.v > o.v
    def __repr__(self): return 'V%d' % self.v
print(max([V(1), V(3), V(2)]), min([V(1), V(3), V(0)]))
print(sum([0.1] * 10), sum([1, 2, 3]), sum([1.5, 2, True, 0.25]), sum([1, 2.5]), sum([], 0.0), sum([], 5), sum(range(100)))
print(sum([1e308, 1e308, -1e308]), sum([nan, 1.0]), sum([float('inf'), float('-inf')]), sum([-0.0]), sum([-0.0], -0.0))
print(sum([0.5, 2**60, 0.5]), sum([2**62, 2**62, 1.0]), sum([1.0, 2**70]), sum([1.5, 1j, 2.0]), sum([[1], [2]], []))
print(sum((x / 3 for x in range(10)), 0.0), sum([1.0, 2.0], start=10), sum([True, True, 1.0]))
class F(float):
    def __add__(self, o): return 'F.add'
    def __radd__(self, o): return 'F.radd'
print(sum([1.0, F(2.0)]), sum([F(1.0), 2.0]), sum([1.0, 2.0], F(0.5)))
for bad in [lambda: sum(['a', 'b']), lambda: sum([1, 'a']), lambda: sum([1.0, None]), lambda: sum([], ''), lambda: sum(1),
            lambda: sum([b'a'], b'')]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
L = [1.0, 2.0]
class Grow:
    def __radd__(self, o):
        L.append(100.0)
        return o + 1
L.append(Grow())
print(sum(L[:]), len(L))
print(max(['\uffff', '\U0001f600', 'z']), min(['\uffff', '\U0001f600']), max('ab\U0001f600\ue000'), min(['b', 'a', 'ab', '']))
