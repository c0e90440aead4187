# round(x, n): the exact value rounded half-even, then the nearest float; extreme ndigits.
vals = [2.675, 0.125, 0.375, -0.125, 2.5, -2.5, 1.005, 0.5, 1.5, 1e-7, 123456.789, 5e-324, 1.7976931348623157e308,
        0.1, -0.0, 1e22, 1e23, 9007199254740993.0, 0.285, 1.0000000000000002]
for x in vals:
    print(repr(x), [round(x, n) for n in (-3, -1, 0, 1, 2, 3, 5, 10, 17)])
for x, n in [(1691357517.0, -400), (-3.6e-135, -400), (1e300, -308), (-1e300, -309), (1.5, 324), (1.5, 323),
             (5e-324, 323), (5e-324, 324), (1e-320, 322), (0.5, 10 ** 30), (0.5, -(10 ** 30)), (float("inf"), 2),
             (float("nan"), -2), (float("-inf"), 0)]:
    print(repr(x), n, repr(round(x, n)))
for x, n in [(1.5e308, -308), (-1.7e308, -308)]:
    try:
        print(round(x, n))
    except OverflowError as e:
        print("OverflowError:", e)
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 1e300, -2.5000000000000004)])
for bad in (float("inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    round(1.5, "2")
except TypeError as e:
    print("TypeError:", e)
print(round(12345, -2), round(12350, -2), round(12450, -2), round(-12350, -2), round(5, -1), round(15, -1), round(10 ** 30 + 5 * 10 ** 10, -11))
