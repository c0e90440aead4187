# complex division (Smith's algorithm), powers (c_powi and c_pow) and their errors.
for a, b in [(1 + 2j, 3 - 4j), (1e300 + 1e300j, 1e300 + 1e300j), (1 + 1j, 1e-320 + 0j), (5j, 2j), (1 + 0j, float("inf") + 0j),
             (1 + 1j, complex(float("nan"), 1)), (-0.0 - 0.0j, 1 + 1j), (3 + 4j, 0.5), (7, 1 + 1j)]:
    print(a, "/", b, "=", a / b)
for a in [1 + 1j, 0j]:
    try:
        print(a / 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for a, n in [(1 + 2j, 0), (1 + 2j, 1), (1 + 2j, 2), (1 + 2j, -2), (1 + 1j, 100), (2 + 0j, 10), (1j, 4), (1j, -3),
             (-1 + 0j, 0.5), (2, 1 + 1j), (1 + 1j, 1 + 1j), (-22.2067 + 0j, 0.5), (0.5 + 0.5j, 30.0)]:
    print(a, "**", n, "=", a ** n)
for a, n in [(0j, -1), (0j, 1j), (0j, -1 + 0j), (1e200 + 1e200j, 1000), (10 + 10j, 1e5), (-4.2e-27, -19667.3275)]:
    try:
        print(a ** n)
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for v, w, z in [(1j, 2, 3), (2, 3, 1j), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ("a", 2, 3), (2, "a", 3), (2, 3, "a")]:
    try:
        print(pow(v, w, z))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(0j ** 0, 0j ** 0j, (1 + 2j) ** 0.0, abs(3 + 4j), abs(complex(float("inf"), float("nan"))))
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print("OverflowError:", e)
print(complex(1, float("-nan")), complex(float("nan"), 1), complex(-0.0, -0.0), complex(0.0, -0.0), complex("-0-0j"))
print(1 + 0j == 1, (1 + 0j).__eq__(10 ** 400), 1j.__eq__(1), (1 + 0j).__lt__(1), (2 ** 53 + 1) == complex(2 ** 53, 0))
