# round() with ndigits: round-half-even on the exact binary value.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5, 1e300]:
    print(v, round(v), type(round(v)).__name__)
for v, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (2.5, 0), (1234.5678, -2), (1234.5678, 1),
             (-0.0, 1), (0.05, 1), (0.15, 1), (0.25, 1), (0.35, 1), (1e-20, 5), (123.456, -5), (5e-324, 400),
             (0.1, 17), (7.0, 3)]:
    print(v, n, round(v, n))
print(round(-0.4), round(-0.6), round(0.0), round(-0.0, 0), repr(round(-0.4, 0)))
for v in [float("inf"), float("nan")]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
    print(round(v, 2))
print(round(1.23456789, None), type(round(2.5, None)).__name__)
print(round(10.0 ** 20 + 0.5), round(2 ** 52 + 0.5))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print("OverflowError:", e)
