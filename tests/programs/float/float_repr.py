# Shortest round-trip repr of floats.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234,
        1.5, 100.0, 1e22, 1e23, 2.5e-8, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
        -0.0, 3.141592653589793, 2.718281828459045, 9007199254740993.0, 0.3, 1.1 * 1.1, 4.35 * 100]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v)
print(1e16, 1e17, 12345678901234567.0, 0.000001, 0.0000001, 1e-7 * 10)
print(float("inf"), float("-inf"), float("nan"), -float("nan"), repr(float("infinity")))
print(round(0.1 + 0.2, 15), 0.1 * 3, 1 - 0.9, 100 * 1.1)
print(str(1.0), str(-1.0), str(10.0 ** 15), str(10.0 ** 16), repr(1e100))
print([0.5 ** i for i in range(0, 60, 10)])
print(2.0 ** 0.5, 10 / 3, 22 / 7, 355 / 113)
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 1023), float(10 ** 308))
print(sum([0.1] * 10), 0.1 * 10)
