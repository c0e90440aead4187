# Errors raised by math functions.
import math
cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)), ("log(0)", lambda: math.log(0)), ("log(-1)", lambda: math.log(-1)),
    ("log(10, 1)", lambda: math.log(10, 1)), ("acos(2)", lambda: math.acos(2)), ("asin(-2)", lambda: math.asin(-2)),
    ("exp(1000)", lambda: math.exp(1000)), ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(2.0)", lambda: math.factorial(2.0)), ("factorial(1.5)", lambda: math.factorial(1.5)),
    ("isqrt(-1)", lambda: math.isqrt(-1)), ("isqrt(1.0)", lambda: math.isqrt(1.0)), ("comb(-1, 2)", lambda: math.comb(-1, 2)),
    ("comb(5, -1)", lambda: math.comb(5, -1)), ("perm(-1)", lambda: math.perm(-1)), ("gcd(1.5)", lambda: math.gcd(1.5)),
    ("pow(0, -1)", lambda: math.pow(0, -1)), ("pow(-1, 0.5)", lambda: math.pow(-1, 0.5)), ("pow(10, 400)", lambda: math.pow(10, 400)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)), ("remainder(1, 0)", lambda: math.remainder(1, 0)),
    ("ldexp(1, 10000)", lambda: math.ldexp(1, 10000)), ("gamma(0)", lambda: math.gamma(0)), ("gamma(-1)", lambda: math.gamma(-1)),
    ("lgamma(0)", lambda: math.lgamma(0)), ("atanh(1)", lambda: math.atanh(1)), ("acosh(0)", lambda: math.acosh(0)),
    ("floor(nan)", lambda: math.floor(math.nan)), ("ceil(inf)", lambda: math.ceil(math.inf)), ("trunc('x')", lambda: math.trunc("x")),
    ("sqrt('4')", lambda: math.sqrt("4")), ("dist((1,), (1, 2))", lambda: math.dist((1,), (1, 2))),
    ("prod(['a'])", lambda: math.prod(["a", "b"])), ("fsum([inf, -inf])", lambda: math.fsum([math.inf, -math.inf])),
    ("log(10 ** 1000)", lambda: math.log(10 ** 1000)), ("sqrt(10 ** 400)", lambda: math.sqrt(10 ** 400)),
    ("cos(inf)", lambda: math.cos(math.inf)), ("isclose(1, 2, rel_tol=-1)", lambda: math.isclose(1, 2, rel_tol=-1)),
]
for text, fn in cases:
    try:
        print(text, "=", fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(text, "->", type(e).__name__ + ":", e)
