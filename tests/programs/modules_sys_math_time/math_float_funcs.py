# math float helpers: frexp/ldexp/modf/copysign/nextafter/ulp and special values.
import math
for v in [0.0, -0.0, 1.0, 0.1, 1e300, -2.5, 5e-324, math.inf]:
    print(v, math.frexp(v), math.modf(v) if v != math.inf else "skip", math.copysign(1.0, v), math.isfinite(v))
for m, e in [(0.5, 1), (0.75, 4), (1.0, -1074), (1.0, 1023), (-0.5, 3)]:
    print(m, e, math.ldexp(m, e))
print(math.nextafter(0, 1), math.nextafter(1.0, 0.0), math.nextafter(1.0, 1.0), math.nextafter(-0.0, 1))
print(math.ulp(1e16), math.ulp(-2.0), math.ulp(math.inf), math.ulp(5e-324))
print(math.copysign(math.inf, -1), math.copysign(0.0, -5), math.fabs(-math.inf), math.fabs(-0.0))
print(math.isnan(math.copysign(math.nan, -1)), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.floor(-0.0), math.ceil(-0.1), math.trunc(-0.0), math.fmod(-0.0, 1), math.fmod(5.5, -2))
print(math.sqrt(0.0), math.sqrt(-0.0), math.exp(-math.inf), math.log(math.inf), math.atan(math.inf) == math.pi / 2)
print(math.hypot(math.inf, math.nan), math.hypot(3e200, 4e200), math.dist((math.inf,), (0,)))
print(math.degrees(1), math.radians(1), math.sin(math.pi / 6) == 0.49999999999999994, round(math.sin(math.pi), 15))
