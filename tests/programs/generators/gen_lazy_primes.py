# Incremental sieve and other lazy number sequences.
def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1
def take(n, it):
    return [v for _, v in zip(range(n), it)]
print(take(30, primes()))
def hamming():
    seen = [1]
    i2 = i3 = i5 = 0
    while True:
        yield seen[-1] if len(seen) == 1 else seen[-1]
        nxt = min(seen[i2] * 2, seen[i3] * 3, seen[i5] * 5)
        seen.append(nxt)
        if nxt == seen[i2] * 2: i2 += 1
        if nxt == seen[i3] * 3: i3 += 1
        if nxt == seen[i5] * 5: i5 += 1
print(take(25, hamming()))
def triangular():
    n = t = 0
    while True:
        n += 1
        t += n
        yield t
print(take(12, triangular()))
def collatz(n):
    while n != 1:
        yield n
        n = 3 * n + 1 if n % 2 else n // 2
    yield 1
print(max(range(1, 1000), key=lambda k: sum(1 for _ in collatz(k))))
print(list(collatz(12)))
