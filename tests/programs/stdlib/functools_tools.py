# Pure-Python functools on the native pieces: lru_cache, wraps, total_ordering, singledispatch, cached_property.
import functools

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x
for v in [1, 2, 1, 3, 2]:
    sq(v)
print(sq.cache_info())

def deco(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@deco
def documented():
    """doc here"""
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)

@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))

@functools.singledispatch
def show(x):
    return 'obj'
@show.register
def _(x: int):
    return 'int'
@show.register(list)
def _(x):
    return 'list'
print(show(1), show([1]), show('s'))

class C:
    @functools.cached_property
    def val(self):
        print('computing')
        return 42
c = C()
print(c.val, c.val)
print(functools.reduce(lambda a, b: a * b, range(1, 10)))
