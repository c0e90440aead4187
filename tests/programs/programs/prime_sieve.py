# Sieve of Eratosthenes, segmented sieve, prime gaps and twin primes.
def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]
primes = sieve(100000)
print(len(primes), primes[:15], primes[-3:])
print("sum below 100000:", sum(primes))
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print("gap histogram:", sorted(gaps.items())[:10])
biggest = max(zip(primes, primes[1:]), key=lambda p: p[1] - p[0])
print("largest gap:", biggest, biggest[1] - biggest[0])
twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print("twin pairs:", len(twins), twins[:5], twins[-1])
def segmented(lo, hi, base):
    mark = [True] * (hi - lo)
    for p in base:
        if p * p >= hi:
            break
        start = max(p * p, (lo + p - 1) // p * p)
        for m in range(start, hi, p):
            mark[m - lo] = False
    return [lo + i for i, v in enumerate(mark) if v and lo + i > 1]
seg = segmented(10 ** 9, 10 ** 9 + 200, sieve(40000))
print("primes in [1e9, 1e9+200):", seg)
goldbach = {}
pset = set(primes)
for n in range(4, 60, 2):
    goldbach[n] = next((p, n - p) for p in primes if n - p in pset)
print(goldbach)
