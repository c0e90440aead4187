# sin/cos/tan/atan/asin/acos/atan2 at zeros, subnormals, the branch thresholds of glibc's algorithms, huge values,
# infinities and NaN (values and errors as CPython prints them).
import math
vals = [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, 1e-20, 1.4901161193847656e-08, 2**-26, 2**-27, 7.450580596923828e-09,
        0.125, 0.126, 0.5, 0.75, 0.855469, 0.921875, 0.953125, 0.96875, 0.9999999999999999, 1.0, 1.0000000000000002, 1.5707963267948966,
        2.426265, 3.141592653589793, 25.0, 1e8, 105414350.0, 105414348.0, 2**27, 1e22, 1e300, 1.7976931348623157e308,
        16.0, 15.999999999999998, 5805361265115136.0, 0.0625, 0.06249999999999999, 1.2904777690891933e-08, 0.0608, 0.787,
        math.inf, -math.inf, math.nan]
vals += [-v for v in vals]
out = []
for name in ('sin', 'cos', 'tan', 'atan', 'asin', 'acos'):
    f = getattr(math, name)
    for v in vals:
        try: r = repr(f(v))
        except (ValueError, OverflowError) as e: r = type(e).__name__ + ': ' + str(e)
        out.append('%s(%r) = %s' % (name, v, r))
two = [0.0, -0.0, 1.0, -1.0, 5e-324, -5e-324, 1e-300, 1e300, -1e300, math.inf, -math.inf, math.nan, 3.0, -2.5, 1e-200, 2**-1022, 1.7976931348623157e308]
for y in two:
    for x in two:
        try: r = repr(math.atan2(y, x))
        except ValueError as e: r = 'ValueError'
        out.append('atan2(%r, %r) = %s' % (y, x, r))
print('\n'.join(out))
