# gcd, lcm, isqrt, factorial, comb, perm: exact results for any size, __index__ objects, and errors.
import math
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(math.gcd(Idx(12), 18), math.lcm(Idx(4), Idx(6)), math.isqrt(Idx(99)), math.factorial(Idx(10)), math.comb(Idx(10), Idx(3)), math.perm(Idx(6), Idx(2)))
print(math.gcd(*[2 ** k * 3 for k in range(10, 60)]), math.lcm(*range(1, 50)), math.gcd(0, -7), math.gcd(-12, -18), math.lcm(-3, -4))
print(math.gcd(2 ** 200 - 1, 2 ** 120 - 1) == 2 ** 40 - 1, math.gcd(10 ** 50, 10 ** 49 * 3), math.lcm(10 ** 20, 10 ** 21 + 1) % 1000003)
print(math.gcd(True, 4), math.lcm(True, 9), type(math.gcd(True)).__name__, math.gcd(True), math.gcd(-True))
for n in [0, 1, 2, 3, 8, 9, 10, 2 ** 52, 2 ** 52 + 1, 2 ** 53 - 1, 2 ** 64, 2 ** 64 - 1, 10 ** 40, 10 ** 41, 3 ** 200, 2 ** 1001]:
    r = math.isqrt(n)
    print(r, r * r <= n < (r + 1) * (r + 1))
print([math.factorial(n) for n in range(0, 25)])
print(math.factorial(100) == math.prod(range(1, 101)), len(str(math.factorial(1000))), str(math.factorial(1500))[:25])
print([math.comb(30, k) for k in range(0, 31, 3)], math.comb(100, 50), math.comb(1000, 3), math.comb(10 ** 20, 2))
print([math.perm(10, k) for k in range(12)], math.perm(50), math.perm(10 ** 15, 2), math.perm(0, 0), math.comb(0, 0))
print(math.comb(2 ** 70, 3) == (2 ** 70) * (2 ** 70 - 1) * (2 ** 70 - 2) // 6, math.perm(300, 150) == math.factorial(300) // math.factorial(150))
bad = [
    (math.gcd, (1.0,)), (math.gcd, (1, '2')), (math.lcm, (2.5, 1)), (math.isqrt, (-1,)), (math.isqrt, (2.0,)), (math.isqrt, ('9',)),
    (math.factorial, (-1,)), (math.factorial, (3.0,)), (math.factorial, (10 ** 30,)), (math.factorial, (-(10 ** 30),)),
    (math.comb, (5, -1)), (math.comb, (-5, 1)), (math.comb, (5.0, 1)), (math.comb, (10 ** 30, 10 ** 29)), (math.comb, (5,)),
    (math.perm, (-5,)), (math.perm, (5, -1)), (math.perm, (5, 1.0)), (math.perm, (10 ** 30, 10 ** 29)), (math.perm, (5, 2, 1)),
    (math.perm, ()), (math.comb, (None, 1)),
]
for f, args in bad:
    try:
        print(f.__name__, args, f(*args))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)
print(math.perm(5, None), math.perm(Idx(4)), math.comb(5, 7), math.perm(5, 7), math.comb(10 ** 30, 0), math.comb(10 ** 30, 10 ** 30))
