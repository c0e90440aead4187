# Closures: higher-order functions, composition, counters kept in cells, partial application.
def compose(f, g):
    return lambda x: f(g(x))


def adder(n):
    def add(x):
        return x + n
    return add


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def fold(fn, seq, acc):
    for x in seq:
        acc = fn(acc, x)
    return acc


def curry2(f):
    return lambda a: lambda b: f(a, b)


fns = [adder(i) for i in range(10)]
pipeline = fns[0]
for f in fns[1:]:
    pipeline = compose(f, pipeline)
total = 0
counter = make_counter()
mul = curry2(lambda a, b: (a * b) % 1000003)
for i in range(400000):
    total = (total + pipeline(i)) % 1000000007
    counter(i & 3)
    total = (total + mul(i)(total & 255)) % 1000000007
print(total, counter(0))
print(fold(lambda a, b: (a * 31 + b) % 1000000007, map(adder(7), range(1000000)), 1))
print(sum(map(lambda f: f(1), [adder(k) for k in range(200000)])))
