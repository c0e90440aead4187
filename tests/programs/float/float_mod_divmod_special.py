# float %, // and divmod with infinities, NaNs and signed zeros (fmod, then the floor corrections).
inf, nan = float("inf"), float("nan")
vals = [inf, -inf, nan, 0.0, -0.0, 2.5, -2.5, 1e308, 5e-324, 3.0]
for a in vals:
    row = []
    for b in vals:
        try:
            row.append(f"{a % b!r}/{a // b!r}/{divmod(a, b)!r}")
        except ZeroDivisionError as e:
            row.append("ZDE:" + str(e))
    print(repr(a), " ".join(row))
for a, b in [(7, 2.0), (-7, 2.0), (7.5, -2), (10 ** 20, 3.0), (-(10 ** 20), 7.0), (1e-310, 3e-320), (0.1, 0.01)]:
    print(a, b, repr(a % b), repr(a // b), divmod(a, b))
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0)]:
    for op in ("%", "//", "divmod"):
        try:
            print(eval(f"divmod({a}, {b})") if op == "divmod" else eval(f"{a} {op} {b}"))
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError:", e)
