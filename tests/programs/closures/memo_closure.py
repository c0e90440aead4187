# Memoizing with a closure-held dict; statistics in cells.
def memoize(fn):
    cache = {}
    hits = misses = 0
    def wrapper(*args):
        nonlocal hits, misses
        if args in cache:
            hits += 1
        else:
            misses += 1
            cache[args] = fn(*args)
        return cache[args]
    def stats():
        return {"hits": hits, "misses": misses, "size": len(cache)}
    wrapper.stats = stats
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.stats())
@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), grid_paths.stats())
@memoize
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(15)], partitions.stats())
