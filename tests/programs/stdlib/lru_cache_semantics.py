# functools.lru_cache / cache: keys (lone str/int, tuples, keywords in order, typed), hits and misses,
# eviction order, reentrant calls, cache_clear inside a call, maxsize 0/None/negative, methods,
# unhashable arguments, exceptions, generator functions, copy/pickle, and the wrapper's attributes.
import copy
import functools
import inspect
import pickle
import weakref


@functools.lru_cache(maxsize=3)
def sq(x):
    print("  compute", x)
    return x * x


for v in [1, 2, 3, 1, 4, 2, 5, 1]:
    sq(v)
print(sq.cache_info())

@functools.lru_cache(maxsize=None)
def f(*args, **kw):
    return (args, sorted(kw.items()))

f(1); f(1.0); f(True); f(1, b=2, a=1); f(1, a=1, b=2); f("x"); f("x")
print(f.cache_info())

@functools.lru_cache(typed=True)
def t(x):
    return type(x).__name__

print(t(1), t(1.0), t(True), t.cache_info())

@functools.lru_cache(maxsize=0)
def z(x):
    return x

z([1]); z([1])
print(z.cache_info())

@functools.lru_cache(maxsize=-5)
def neg(x):
    return x

neg(1); neg(1)
print(neg.cache_info())

try:
    sq([1])
except TypeError as e:
    print("TypeError", e)

@functools.lru_cache(maxsize=2)
def boom(x):
    if x < 0:
        raise ValueError(x)
    return x

for v in (1, -1, -1, 1):
    try:
        boom(v)
    except ValueError as e:
        print("ValueError", e)
print(boom.cache_info())

# Reentrancy: the function calls itself with the same key, and clears the cache.
@functools.lru_cache(maxsize=2)
def re(x, depth=0):
    if depth < 2:
        re(x, depth + 1)
    return (x, depth)

print(re(7), re.cache_info())

@functools.lru_cache(maxsize=2)
def clearing(x):
    clearing.cache_clear()
    return x

print(clearing(1), clearing(2), clearing(3), clearing.cache_info())

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(300), fib.cache_info())

class C:
    def __init__(self, k):
        self.k = k

    @functools.lru_cache(maxsize=4)
    def m(self, x):
        return self.k * x

    @classmethod
    @functools.lru_cache
    def cm(cls, x):
        return (cls.__name__, x)

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return isinstance(other, C) and self.k == other.k

a, b = C(2), C(2)
print(a.m(3), b.m(3), C.m.cache_info(), C.cm(1), C.cm(1), C.cm.cache_info())
print(type(C.__dict__["m"]).__name__, type(a.m).__name__, C.m is C.__dict__["m"])

@functools.lru_cache
def gen(n):
    yield from range(n)

g1 = gen(3)
print(gen(3) is g1, list(g1), list(gen(3)), gen.cache_info())

print(sq.__name__, sq.__qualname__, sq.__wrapped__.__name__, sq.cache_parameters(), f.cache_parameters())
print(type(sq), type(sq).__module__, type(sq).__name__)
print(copy.copy(sq) is sq, copy.deepcopy(sq) is sq)
print(pickle.loads(pickle.dumps(sq)) is sq)
print(inspect.signature(sq), inspect.signature(f))
r = weakref.ref(sq)
print(r() is sq, "cache_info" in dir(sq), sq.__dict__.keys() >= {"__wrapped__"})
sq.cache_clear()
print(sq.cache_info())

try:
    functools._lru_cache_wrapper(1, 1, False, None)
except TypeError as e:
    print("TypeError", e)
try:
    functools._lru_cache_wrapper(len, "x", False, None)
except TypeError as e:
    print("TypeError", e)
try:
    functools.lru_cache(maxsize="x")
except TypeError as e:
    print("TypeError", e)

@functools.lru_cache(maxsize=None)
def deep(n):
    return 0 if n == 0 else deep(n - 1) + 1

print(deep(450))


# An argument's __hash__ runs once per call: a miss, a hit, an eviction (none), a miss again.
class Hashed:
    calls = 0

    def __hash__(self):
        Hashed.calls += 1
        return 999

    def __mul__(self, other):
        return 15


@functools.lru_cache(maxsize=1)
def once(x, y):
    return x * 3 + y


h = Hashed()
for args in [(h, 1), (h, 1), (6, 2), (h, 1)]:
    once(args[0], args[1])
    print(Hashed.calls, once.cache_info())
