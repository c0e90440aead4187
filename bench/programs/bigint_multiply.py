# Big-integer multiplication: factorials, powers, and products of large numbers (Karatsuba sizes).
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def product_tree(lo, hi):
    if hi - lo < 8:
        r = 1
        for i in range(lo, hi):
            r *= i
        return r
    mid = (lo + hi) // 2
    return product_tree(lo, mid) * product_tree(mid, hi)


f = factorial(30000)
g = product_tree(1, 30001)
print(f == g, f.bit_length(), f % 1000000007)
a = 3 ** 400000
b = 7 ** 300000
c = a * b
print(c.bit_length(), c % 998244353)
s = 0
x = (1 << 4000) - 1
for i in range(2000):
    x = (x * x) % ((1 << 8191) - 1)
    s ^= x & 0xFFFFFFFF
print(s)
print(len(str(factorial(1000))))
