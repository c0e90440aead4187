# frexp, ldexp, modf, copysign, nextafter, ulp, fabs on special values, subnormals and extremes.
import math
vals = [0.0, -0.0, 1.0, -1.0, 0.1, 3.0, 1e-310, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, math.inf, -math.inf, math.nan]
for v in vals:
    print(repr(v), math.frexp(v), math.modf(v), math.copysign(2.0, v), math.fabs(v), math.ulp(v))
for m, e in [(1.0, 1024), (0.5, 1025), (1.0, -1074), (1.0, -1075), (1.5, -1074), (3.0, -1076), (-1.0, -1080),
             (0.75, -1073), (1.0, 10 ** 20), (1.0, -(10 ** 20)), (0.0, 10 ** 20), (math.inf, -5), (math.nan, 3), (-0.0, 7), (123.456, 0)]:
    try:
        print(m, e, repr(math.ldexp(m, e)))
    except OverflowError as exc:
        print(m, e, 'OverflowError', exc)
for x, y in [(0.0, 1.0), (0.0, -1.0), (-0.0, 1.0), (1.0, 2.0), (1.0, 0.0), (1.7976931348623157e308, math.inf), (math.inf, 0.0),
             (-math.inf, 0.0), (5e-324, 0.0), (-5e-324, 0.0), (1.0, math.nan), (math.nan, 1.0), (2.0, 2.0), (1, 2)]:
    print(x, y, repr(math.nextafter(x, y)))
print(math.copysign(1.0, math.copysign(math.nan, -1.0)), math.copysign(3, -0.0), math.copysign(-3, 0.0))
for bad in [(1.0, 1.5), (1.0, '2'), ('1', 2), (1.0, None)]:
    try:
        math.ldexp(*bad)
    except TypeError as e:
        print('ldexp', bad, 'TypeError', e)
x = 1.0
for _ in range(5):
    x = math.nextafter(x, 2.0)
print(repr(x), (x - 1.0) / math.ulp(1.0))
