# Functions as values: passing, returning, composing.
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(dbl, 10, 1), apply_n(str.upper, 1, "abc"))
def curry(f):
    def c(*args):
        if len(args) >= f.__code__.co_argcount:
            return f(*args)
        return lambda *more: c(*args, *more)
    return c
@curry
def add3(a, b, c):
    return a + b + c
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print(sorted(["banana", "Apple", "cherry"], key=str.lower))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
ops = {"sum": sum, "max": max, "min": min, "len": len}
for name, fn in ops.items():
    print(name, fn([3, 1, 4, 1, 5]))
def pipeline(data, *steps):
    for step in steps:
        data = step(data)
    return data
print(pipeline(range(10), lambda xs: [x for x in xs if x % 2], lambda xs: [x * x for x in xs], sum))
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_sq(n):
    print("computing", n)
    return n * n
print(slow_sq(4), slow_sq(4), slow_sq(5), sorted(slow_sq.cache.items()))
