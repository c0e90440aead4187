# Hand-written versions of itertools on generators.
def count(start=0, step=1):
    while True:
        yield start
        start += step
def islice(it, stop):
    for i, v in enumerate(it):
        if i >= stop:
            return
        yield v
def cycle(seq):
    saved = list(seq)
    while saved:
        yield from saved
def chain(*its):
    for it in its:
        yield from it
def accumulate(it, fn=lambda a, b: a + b):
    it = iter(it)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for v in it:
        total = fn(total, v)
        yield total
def groupby(it, key):
    it = iter(it)
    sentinel = object()
    cur = sentinel
    group = []
    for v in it:
        k = key(v)
        if cur is not sentinel and k != cur:
            yield cur, group
            group = []
        cur = k
        group.append(v)
    if group:
        yield cur, group
def product(a, b):
    for x in a:
        for y in b:
            yield x, y
print(list(islice(count(10, 5), 5)))
print(list(islice(cycle("ab"), 5)), list(cycle([])))
print(list(chain("ab", [1], range(2))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([])))
print(list(groupby("aaabccdd", key=lambda c: c)))
print(list(groupby(range(10), key=lambda v: v // 4)))
print(list(product("xy", range(2))))
