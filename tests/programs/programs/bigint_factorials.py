# Big integers: factorial digits, Fibonacci numbers, powers, and digit sums.
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = factorial(100)
print(f100)
print("digits:", len(str(f100)), "digit sum:", sum(map(int, str(f100))), "trailing zeros:", len(str(f100)) - len(str(f100).rstrip("0")))
a, b = 0, 1
for _ in range(1000):
    a, b = b, a + b
s = str(a)
print("fib(1000) has", len(s), "digits:", s[:20] + "..." + s[-20:])
def first_fib_with_digits(d):
    a, b, i = 0, 1, 0
    limit = 10 ** (d - 1)
    while a < limit:
        a, b, i = b, a + b, i + 1
    return i
print("first fib with 100 digits is index", first_fib_with_digits(100))
print("2**1000 digit sum:", sum(map(int, str(2 ** 1000))))
print("distinct a**b for 2<=a,b<=30:", len({a ** b for a in range(2, 31) for b in range(2, 31)}))
x = 3 ** 500
print(x % 10 ** 12, x.bit_length(), x // 3 ** 498, x.to_bytes((x.bit_length() + 7) // 8, "big")[:6].hex())
def collatz_len(n):
    c = 1
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        c += 1
    return c
print("collatz length of 2**100+1:", collatz_len(2 ** 100 + 1))
print("self powers mod 10**10:", sum(pow(i, i, 10 ** 10) for i in range(1, 1001)) % 10 ** 10)
