# Floor division and modulo semantics with negative operands.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (5, 5), (-1, 10), (1, -10), (10 ** 20 + 7, -3)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a} // {b} = {q}, {a} % {b} = {r}, check {q * b + r == a}, divmod {divmod(a, b)}")
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (7, 0.5), (-0.0, 1), (1e300, 1e-300)]:
    try:
        print(a, b, a // b, a % b, divmod(a, b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print(-7 // 2 * 2 + -7 % 2)
print(5 % -0.0 if False else "skip", 0 % 7, -0 % 7)
for b in [0, 0.0]:
    for a in [1, 1.0]:
        for op in ["//", "%", "divmod"]:
            try:
                r = divmod(a, b) if op == "divmod" else eval(f"a {op} b")
                print(a, op, b, r)
            except ZeroDivisionError as e:
                print(a, op, b, "ZeroDivisionError:", e)
print(-3 % 5, 3 % -5, -3.0 % 5, 3.0 % -5, -1e-20 % 1.0)
print(round(-7 / 2), int(-7 / 2), -7 // 2)
