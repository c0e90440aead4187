# Conversions and exactness between floats and ints.
for n in [2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 64 + 1, 10 ** 22, 10 ** 23]:
    f = float(n)
    print(n, repr(f), int(f) == n, f == n, int(f) - n)
print(0.1 * 3 == 0.3, int(0.1 * 3 * 10), (0.1).as_integer_ratio())
print(7 / 2, 7 // 2, -7 / 2, -7 // 2, 7.0 // 2, type(7.0 // 2).__name__)
print(2 ** 0.5 * 2 ** 0.5 == 2, abs(2 ** 0.5 * 2 ** 0.5 - 2) < 1e-15)
print(10 ** 16 / 3, 10 ** 30 / 10 ** 10, (10 ** 30) // (10 ** 10))
print(2 ** 1023 * 2.0 if False else float(2 ** 1023) * 1.5)
try:
    print(2 ** 1024 / 1)
except OverflowError as e:
    print("OverflowError:", e)
print((2 ** 1024) // 3 > 0, 2 ** 1024 / 2 ** 1000)
print(1 / 3 * 3 == 1, 49 * (1 / 49) == 1, sum(1 / 10 for _ in range(10)))
print(round(0.1 + 0.2, 10) == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-9)
print(float.__truediv__(1.0, 3), (1).__truediv__(3), (1).__rtruediv__(3.0))
print(3.0 == 3, hash(3.0) == hash(3), {3: "int"}[3.0], 3.5 > 3, -3.5 < -3)
print(int(3.999999999999999999), int(-2.5), round(-2.5), int("3") + 3.0)
