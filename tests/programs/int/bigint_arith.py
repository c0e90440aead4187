# Arbitrary-precision integer arithmetic.
a = 2 ** 200
b = 3 ** 120
print(a)
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, divmod(b, 12345678901234567890))
print(-a // 7, -a % 7, a // -7, a % -7)
print(a ** 2 // b ** 2)
f = 1
for i in range(1, 60):
    f *= i
print(f, len(str(f)))
print(int("9" * 100) + 1 == 10 ** 100)
print((10 ** 50 + 1) * (10 ** 50 - 1) == 10 ** 100 - 1)
print(-(2 ** 64), -(2 ** 64) + 2 ** 63, abs(-(3 ** 50)))
x = 12345678901234567890123456789
print(x * x, x ** 3 % 1000000007)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100) == hash(2 ** 100 % (2 ** 61 - 1)))
print(2 ** 64 == 18446744073709551616, 2 ** 63 - 1, -2 ** 63)
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
big = 1 << 1000
print(big.bit_length(), (big - 1).bit_length(), big >> 990, (big + 5) & 0xFF)
print(7 ** 77 // 7 ** 75, (7 ** 77) % (7 ** 75))
print(max(2 ** 70, 2 ** 70 + 1) - 2 ** 70, min(-(10 ** 30), 5))
