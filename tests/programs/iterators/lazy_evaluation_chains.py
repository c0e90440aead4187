# Chained lazy iterators: map/filter/zip/enumerate/reversed consumption order.
log = []
def src(n):
    for i in range(n):
        log.append(f"src {i}")
        yield i
def tap(name, it):
    for v in it:
        log.append(f"{name} {v}")
        yield v
pipeline = tap("out", map(lambda v: v * 10, filter(lambda v: v % 2 == 0, tap("in", src(6)))))
print(next(pipeline), log)
log.clear()
print(list(pipeline), log)
log.clear()
z = zip(tap("a", src(3)), tap("b", "xy"))
print(list(z))
print(log)
log.clear()
e = enumerate(tap("e", "pq"), 1)
print(next(e), log)
r = reversed([1, 2, 3])
m = map(str, r)
print(next(m), list(r), list(m))
it = iter(range(10))
evens = filter(lambda v: v % 2 == 0, it)
print(next(evens), next(it), next(evens), list(it), list(evens))
