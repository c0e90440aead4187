# sin, cos, tan, asin, acos, atan, atan2, the hyperbolic functions, degrees and radians.
import math
for x in [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi, 2 * math.pi, 10.0, 1e-8, 100.0]:
    print(repr(x), repr(math.sin(x)), repr(math.cos(x)), repr(math.tan(x)))
for x in [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 0.25, 0.75, 1e-10]:
    print(repr(x), repr(math.asin(x)), repr(math.acos(x)), repr(math.atan(x)))
for x in [2.0, 10.0, -100.0, 1e10, math.inf, -math.inf]:
    print(repr(x), repr(math.atan(x)))
for y, x in [(0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (-0.0, -0.0), (1.0, 0.0), (-1.0, 0.0), (0.0, -1.0), (-0.0, -1.0), (1.0, 1.0), (-1.0, -1.0),
             (math.inf, math.inf), (math.inf, -math.inf), (-math.inf, math.inf), (-math.inf, -math.inf), (math.inf, 1.0), (1.0, math.inf),
             (1.0, -math.inf), (-1.0, -math.inf), (math.nan, 1.0), (1.0, math.nan), (3, 4), (-3, 4)]:
    print(y, x, repr(math.atan2(y, x)))
for x in [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 10.0, -20.0, 30.0, 709.0, 710.0, -710.0, 1e-20]:
    print(repr(x), repr(math.sinh(x)), repr(math.cosh(x)), repr(math.tanh(x)))
for x in [0.0, -0.0, 0.5, 1.0, -2.0, 10.0, 1e10, 1e300, -1e300]:
    print(repr(x), repr(math.asinh(x)))
for x in [1.0, 1.5, 2.0, 10.0, 1e10, 1e300]:
    print(repr(x), repr(math.acosh(x)))
for x in [0.0, -0.0, 0.5, -0.5, 0.99, 1e-10]:
    print(repr(x), repr(math.atanh(x)))
for x in [0, 1, -1, 90, 180, 360, 1e300, 0.5, math.pi, -math.pi / 2]:
    print(x, repr(math.degrees(x)), repr(math.radians(x)))
for f, x in [(math.sin, math.inf), (math.cos, -math.inf), (math.tan, math.inf), (math.asin, 1.0000001), (math.acos, -2), (math.atanh, 1),
             (math.atanh, -1), (math.atanh, 2), (math.acosh, 0.5), (math.acosh, -math.inf), (math.sinh, 711), (math.cosh, -711),
             (math.sin, 'x'), (math.atan2, 1)]:
    try:
        print(f.__name__, x, repr(f(x)))
    except Exception as e:
        print(f.__name__, x, type(e).__name__, e)
print(math.sinh(math.inf), math.sinh(-math.inf), math.cosh(-math.inf), math.tanh(math.inf), math.tanh(-math.inf), math.asinh(-math.inf), math.acosh(math.inf))
print([math.isnan(f(math.nan)) for f in (math.sin, math.cos, math.tan, math.asin, math.acos, math.atan, math.sinh, math.cosh, math.tanh, math.asinh, math.acosh, math.atanh)])
