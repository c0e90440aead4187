# exp, exp2, expm1, log (any base, ints of any size), log2, log10, log1p, pow: values and errors.
import math
for x in [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 10.0, -10.0, 100.0, 709.7, -745.1, -745.2, 1e-10, -1e-300, 0.693, 3.3, -17.25, 512.5, -700.5]:
    print(repr(x), repr(math.exp(x)), repr(math.exp2(x)), repr(math.expm1(x)))
for x in [1.0, 2.0, 0.5, 10.0, 1e-300, 5e-324, 1.7976931348623157e308, 3.0, 1000.0, 123456.789, 0.999, 1.001, 7.25, 2 ** 0.5, 1e22]:
    print(repr(x), repr(math.log(x)), repr(math.log2(x)), repr(math.log10(x)), repr(math.log1p(x)))
for n in [1, 2, 10, 1000, 10 ** 22, 2 ** 64, 10 ** 308, 10 ** 309, 2 ** 1024, 2 ** 10000, 10 ** 5000, 3 ** 3000, True]:
    print(repr(math.log(n)), repr(math.log2(n)), repr(math.log10(n)), repr(math.log(n, 10)), repr(math.log(n, 2)))
print(math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(2 ** 100, 2 ** 10), math.log(27, 3), math.log(0.25, 0.5), math.log(10, 0.1))
for x, y in [(2, 10), (2, -2), (2, 0.5), (10, -3), (1.5, 100), (0.5, 1074), (2, 1023.5), (-2, 3), (-2, 2), (-8, 1 / 3) if False else (8, 1 / 3),
             (0, 0), (0, 5), (-0.0, 3), (-0.0, 4), (math.inf, -1), (-math.inf, 3), (-math.inf, 2), (1, math.nan), (math.nan, 0), (0.5, math.inf),
             (2, -math.inf), (-1, math.inf), (7, 0.5), (1e-5, 30), (123.456, 7.89), (2.0, -1074), (2.0, -1075), (-1.5, 5), (-1.5, -5)]:
    print(x, y, repr(math.pow(x, y)))
errs = [lambda: math.exp(710), lambda: math.exp2(1024), lambda: math.expm1(710), lambda: math.log(0), lambda: math.log(-1.5),
        lambda: math.log(-10 ** 400), lambda: math.log(0, 2), lambda: math.log(10, 1), lambda: math.log(10, 0), lambda: math.log(10, -1),
        lambda: math.log2(0), lambda: math.log2(-2), lambda: math.log10(0), lambda: math.log10(-3), lambda: math.log1p(-1), lambda: math.log1p(-2),
        lambda: math.pow(0, -1), lambda: math.pow(-2, 0.5), lambda: math.pow(10, 309), lambda: math.pow(-10, 309), lambda: math.log(-math.inf),
        lambda: math.log('e'), lambda: math.exp(None), lambda: math.log(10, 'x'), lambda: math.pow('2', 3), lambda: math.log(),
        lambda: math.log(1, 2, 3), lambda: math.log(x=1), lambda: math.exp(10 ** 400)]
for f in errs:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(math.exp(-math.inf), math.exp(math.inf), math.log(math.inf), math.log2(math.inf), math.log10(math.inf), math.log1p(math.inf), math.exp2(-math.inf))
print(math.isnan(math.exp(math.nan)), math.isnan(math.log(math.nan)), math.isnan(math.pow(math.nan, 1)), math.expm1(-math.inf))
