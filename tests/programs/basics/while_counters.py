# Simple numeric loops: collatz, gcd, digit sums.
def collatz(n):
    steps = []
    while n != 1:
        steps.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps.append(1)
    return steps
for start in (6, 7, 27):
    s = collatz(start)
    print(start, len(s), max(s), s[:8])
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print([gcd(a, b) for a, b in [(12, 18), (17, 5), (0, 9), (100, 75)]])
def digits(n):
    out = []
    while n:
        n, d = divmod(n, 10)
        out.append(d)
    return out[::-1] or [0]
print(digits(0), digits(9075), sum(digits(2 ** 100)))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print([isqrt(n) for n in (0, 1, 15, 16, 17, 10 ** 20)])
n = 0
while True:
    n += 1
    if n * n > 200:
        break
print("first square over 200:", n, n * n)
