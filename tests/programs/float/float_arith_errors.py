# Overflow, division by zero, inf/nan arithmetic.
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf, inf > 1e308, -inf < -1e308)
print(nan + 1, nan * 0, nan == nan, nan != nan, nan < 1, nan > 1, [nan] == [nan], nan is nan)
print(1e308 * 10, -1e308 * 10, 1e-323 / 10, 5e-324 / 2, 1e308 + 1e308)
for expr in ["1.0 / 0", "1.0 // 0", "1.0 % 0", "0.0 / 0.0", "divmod(1.0, 0.0)", "1 / 0.0"]:
    try:
        print(expr, eval(expr))
    except ZeroDivisionError as e:
        print(expr, "ZeroDivisionError:", e)
for expr in ["10.0 ** 400", "2.0 ** 10000", "(-10.0) ** 401", "1e200 ** 2"]:
    try:
        print(expr, eval(expr))
    except OverflowError as e:
        print(expr, "OverflowError:", e)
try:
    (-8.0) ** 0.5
    print((-8.0) ** 0.5)
except ValueError as e:
    print("ValueError:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(inf ** 0, nan ** 0, 1 ** nan, 1.0 ** inf, 0.5 ** inf, 2.0 ** -inf, (-1.0) ** inf)
print(int(1e18), int(-1e18), int(1.9999999999999998), int(-0.9))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
print(float("1e308") * 1.7, abs(-inf), -(-0.0), 0.0 * -1, repr(-0.0 + 0.0), repr(-0.0 - 0.0))
print(1e16 + 1 == 1e16, 1e16 + 2, 0.1 + 0.7, 3 * 0.1 == 0.3)
