# Integer algorithms: gcd, extended gcd, modular inverse, primes, digits.
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
for a, b in [(240, 46), (17, 5), (10 ** 20, 10 ** 15 + 3)]:
    g, x, y = egcd(a, b)
    print(a, b, g, x, y, a * x + b * y == g)
def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in range(100) if is_prime(n)])
print(is_prime(2 ** 61 - 1), is_prime(2 ** 67 - 1), is_prime(10 ** 18 + 9))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    s = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        s = digits[r] + s
    return "-" * neg + s
for b in (2, 7, 16, 36):
    v = to_base(123456789, b)
    print(b, v, int(v, b))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
print(isqrt(10 ** 40), isqrt(2 * 10 ** 30))
print(sum(int(d) for d in str(2 ** 1000)), str(3 ** 333)[-10:])
