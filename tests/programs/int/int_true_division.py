# int / int is correctly rounded whatever the sizes, including subnormal and huge quotients.
pairs = [(1, 3), (2 ** 53 + 1, 1), (10 ** 30, 3), (1, 10 ** 310), (-878, 10 ** 304 + 7), (10 ** 400, 10 ** 399 + 1),
         (2 ** 1100, 2 ** 80 * 3), (-(2 ** 1074), 2 ** 2148 - 1), (3 ** 700, 2 ** 1100), (1, -(10 ** 323)),
         (0, -5), (0, 10 ** 100), (-(10 ** 30), 7), (2 ** 64 - 1, 2 ** 64 + 1), (123456789 ** 9, 987654321 ** 5)]
for a, b in pairs:
    print(repr(a / b))
for a, b in [(10 ** 400, 1), (2 ** 1024, 1), (-(2 ** 1030), 3), (1, 0), (10 ** 400, 0)]:
    try:
        print(a / b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
for n in [2 ** 1023 * 3 // 2, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971, 2 ** 1024 - 2 ** 969, -(2 ** 1024 - 2 ** 970 - 1)]:
    try:
        print(repr(n / 1))
    except OverflowError as e:
        print("OverflowError:", e)
