# gamma, lgamma, erf, erfc (CPython's Lanczos gamma and the C library's erf), sqrt, cbrt.
import math
for x in [1.0, 2.0, 3.0, 0.5, 1.5, 2.5, 5.5, 10.0, 20.5, 23.0, 24.0, 100.5, 170.5, 171.6, 0.001, 1e-10, 1e-25, -0.5, -1.5, -2.5, -10.5,
          -100.25, -170.5, -180.5, -200.5, -1e-25]:
    print(repr(x), repr(math.gamma(x)), repr(math.lgamma(x)))
for x in [1e300, 2e305, 171.7]:
    print(repr(x), repr(math.lgamma(x)))
for x in [0.0, -0.0, 0.1, -0.1, 0.5, 0.84, 0.85, 1.0, 1.24, 1.25, 2.0, 2.85, 2.86, 3.0, 5.9, 6.0, -6.0, 10.0, 27.0, 28.0, -28.0, 30.0, 1e-300, -3.5]:
    print(repr(x), repr(math.erf(x)), repr(math.erfc(x)))
print(math.erf(math.inf), math.erf(-math.inf), math.erfc(math.inf), math.erfc(-math.inf), math.isnan(math.erf(math.nan)), math.isnan(math.erfc(math.nan)))
print(math.gamma(math.inf), math.lgamma(math.inf), math.lgamma(-math.inf), math.isnan(math.gamma(math.nan)), math.isnan(math.lgamma(math.nan)))
for x in [0.0, -0.0, 1.0, 2.0, 4.0, 1e-310, 1e308, 0.01, 144, 2 ** 52, 10 ** 20]:
    print(repr(x), repr(math.sqrt(x)))
for x in [0.0, -0.0, 1.0, 8.0, 27.0, -27.0, 64.0, 1000.0, 2.0, 3.0, 1e-300, -1e300, 0.125, 1e-310, 123456789.0]:
    print(repr(x), repr(math.cbrt(x)))
print(math.sqrt(math.inf), math.cbrt(-math.inf), math.cbrt(math.inf), math.isnan(math.sqrt(math.nan)))
for f, x in [(math.gamma, 0.0), (math.gamma, -0.0), (math.gamma, -1.0), (math.gamma, -2), (math.gamma, 171.7), (math.gamma, -math.inf),
             (math.lgamma, 0), (math.lgamma, -3.0), (math.lgamma, 1e308 * 10), (math.sqrt, -1), (math.sqrt, -1e-300), (math.sqrt, -math.inf),
             (math.erf, 'x'), (math.gamma, None)]:
    try:
        print(f.__name__, x, repr(f(x)))
    except Exception as e:
        print(f.__name__, x, type(e).__name__, e)
