# float ** float rounds as the C library's pow (correctly rounded here), with float_pow's special cases.
cases = [(4.620540391188115e+29, -1.6295), (2.5, 1.7), (10.0, -5.0), (7.0, -2.0), (1.0000001, 1e9),
         (0.999, 123456.5), (3.0, 0.3333333333333333), (1e-300, 0.5), (2.0, -1074.0), (2.0, 0.5),
         (123.456, 2.0), (5e-324, 0.25), (1.7976931348623157e308, 0.999), (0.5, 1074.5), (9.0, 1.5),
         (1.5, -1.5), (2.0, 1023.5), (0.1, 3.0), (1.1, 100.0), (1e10, -30.0)]
for x, y in cases:
    print(x, "**", y, "=", repr(x ** y), repr(pow(x, y)))
for x, y in [(7, -2), (10, -3), (3, -5), (-18, -3), (2 ** 60 + 1, -1), (-2, -1075)]:
    print(x, "**", y, "=", repr(x ** y))
specials = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, float("inf"), float("-inf"), float("nan")]
for x in specials:
    row = []
    for y in specials + [3.0, -3.0, 1.5]:
        try:
            row.append(repr(x ** y))
        except ZeroDivisionError as e:
            row.append("ZeroDivisionError")
    print(repr(x), " ".join(row))
for x, y in [(10.0, 400.0), (-10.0, 401.0), (1e308, 2.0), (2.0, 1024.0)]:
    try:
        print(x ** y)
    except OverflowError as e:
        print("OverflowError:", e)
for x, y in [(10 ** 400, -1), (2, -(10 ** 400)), (0, -1), (0.0, -2)]:
    try:
        print(x ** y)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print((-8.0) ** (1 / 3), (-1.0) ** 0.5, (-2.0) ** 2.5)
try:
    (-4.2e-27) ** -19667.3275
except OverflowError as e:
    print("OverflowError:", e)
