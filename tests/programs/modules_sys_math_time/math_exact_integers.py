# Exact integer results from math: isqrt, comb, perm, factorial, gcd, lcm, prod.
import math
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10 ** 30, 10 ** 30 - 1, 2 ** 127]:
    r = math.isqrt(n)
    print(n, r, r * r <= n < (r + 1) ** 2)
print([math.comb(10, k) for k in range(11)], sum(math.comb(20, k) for k in range(21)) == 2 ** 20)
print(math.comb(1000, 500) % (10 ** 9 + 7), len(str(math.comb(1000, 500))))
print([math.perm(6, k) for k in range(7)], math.perm(100, 3))
print(math.factorial(50), math.factorial(100) % 10 ** 30 == 0, len(str(math.factorial(500))))
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(*range(12, 100, 6)), math.lcm(*range(1, 21)))
print(math.gcd(10 ** 40 + 1, 10 ** 40 - 1), math.lcm(2 ** 64, 3 ** 40) == 2 ** 64 * 3 ** 40)
print(math.prod(range(1, 26)) == math.factorial(25), math.prod([1, 2], start=10), type(math.prod([1.0, 2])).__name__)
print(math.prod(x / 2 for x in range(1, 5)), math.prod([]), math.prod([], start=7))
print(math.fsum([1 / n for n in range(1, 11)]), math.fsum([0.1, 0.2, 0.3]) == 0.6, math.fsum(range(10)))
print(math.fsum([1e308, 1e308, -1e308]) if False else "skip overflow", math.fsum([2 ** 53, 1, 1]), 2 ** 53 + 1.0 + 1.0)
print(math.floor(10 ** 20 / 3), math.ceil(-(10 ** 20) / 3), math.trunc(1e20), type(math.floor(1.5)).__name__)
catalan = [math.comb(2 * n, n) // (n + 1) for n in range(15)]
print(catalan)
