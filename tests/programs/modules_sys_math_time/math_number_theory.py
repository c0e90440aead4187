# Number theory with math: totients, divisors, perfect numbers, Pythagorean triples via gcd.
import math
def divisors(n):
    small = [d for d in range(1, math.isqrt(n) + 1) if n % d == 0]
    return small + [n // d for d in reversed(small) if d * d != n]
def phi(n):
    return sum(1 for k in range(1, n + 1) if math.gcd(n, k) == 1)
print([len(divisors(n)) for n in range(1, 25)])
print(divisors(360), sum(divisors(360)))
print([n for n in range(2, 10000) if sum(divisors(n)) - n == n])
print([phi(n) for n in range(1, 21)])
triples = []
for m in range(2, 12):
    for n in range(1, m):
        if (m - n) % 2 and math.gcd(m, n) == 1:
            a, b, c = m * m - n * n, 2 * m * n, m * m + n * n
            triples.append(tuple(sorted((a, b, c))))
print(sorted(triples)[:10], len(triples))
print(math.lcm(*range(1, 31)), math.gcd(*[2 ** 10 * 3 ** 5, 2 ** 7 * 3 ** 9, 2 ** 12 * 3 ** 2]))
print([math.comb(n, n // 2) for n in range(0, 21, 2)])
print(sum(math.comb(30, k) * (-1) ** k for k in range(31)), math.perm(10, 10) == math.factorial(10))
print(math.isqrt(2 * 10 ** 40), str(math.isqrt(2 * 10 ** 100))[:30])
def is_square(n):
    r = math.isqrt(n)
    return r * r == n
print([n for n in range(200) if is_square(n) and is_square(n + 1 - 1)][-3:], is_square(10 ** 40), is_square(10 ** 40 + 1))
