# Decorating generator functions.
def primed(gen_fn):
    def start(*a, **k):
        g = gen_fn(*a, **k)
        next(g)
        return g
    return start
@primed
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
print(a.send(10), a.send(20), a.send(60))
def take(n):
    def deco(gen_fn):
        def wrapper(*args):
            out = []
            for i, v in enumerate(gen_fn(*args)):
                if i >= n:
                    break
                out.append(v)
            return out
        return wrapper
    return deco
@take(8)
def naturals(start):
    while True:
        yield start
        start += 1
print(naturals(5))
@take(10)
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(primes())
def logged_gen(fn):
    def wrapper(*a):
        for v in fn(*a):
            print("yield", v)
            yield v
        print("generator finished")
    return wrapper
@logged_gen
def letters(s):
    yield from s
print(list(letters("ab")))
