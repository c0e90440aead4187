# hypot and dist (CPython's accurate vector norm), isclose with its tolerances.
import math
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(*range(10)), math.hypot(1e-320, 1e-320))
print(math.hypot(1e308, 1e308), math.hypot(1e-308, 1e-308), math.hypot(5e-324, 5e-324, 5e-324), math.hypot(1.0, 1e-10), math.hypot(0.1, 0.2, 0.3))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, math.inf), math.hypot(math.nan, 1), math.hypot(-math.inf, 0), math.hypot(True, 1))
print(math.hypot(*[0.1] * 100), math.hypot(*[1e200] * 5), math.hypot(2 ** 60, 1), math.hypot(*(1 / k for k in range(1, 30))))
print(math.dist((0, 0), (3, 4)), math.dist([1.5, 2.5], [4.5, 6.5]), math.dist((1,), (9,)), math.dist((), ()), math.dist(range(5), range(5, 10)))
print(math.dist(iter([1, 2]), (4, 6)), math.dist((math.inf, 0), (0, 0)), math.dist((1e308, -1e308), (-1e308, 1e308)), math.dist((1, 2, 3), (1.5, 2.5, 3.5)))
for args in [((1, 2), (1,)), ((1,), 5), (5, (1,)), (('a',), (1,)), ((1,),), ((1,), (2,), (3,))]:
    try:
        print(math.dist(*args))
    except Exception as e:
        print('dist', type(e).__name__, e)
for args in [('a',), (1, None), ([1],)]:
    try:
        print(math.hypot(*args))
    except Exception as e:
        print('hypot', type(e).__name__, e)
cases = [(1.0, 1.0), (1.0, 1.0 + 1e-9), (1.0, 1.0 + 1.1e-9), (1e-12, 0.0), (0.0, 0.0), (math.inf, math.inf), (-math.inf, math.inf),
         (math.inf, 1e308), (math.nan, math.nan), (1e300, 1.0000000001e300), (-1.0, -1.0000000001), (100, 101)]
for a, b in cases:
    print(a, b, math.isclose(a, b), math.isclose(a, b, rel_tol=0.02), math.isclose(a, b, abs_tol=1e-11), math.isclose(b, a, rel_tol=0.0, abs_tol=0.0))
print(math.isclose(a=1, b=1.0), math.isclose(1, b=2, abs_tol=1), math.isclose(0, 1e-300, abs_tol=True))
for args, kw in [((1, 2), {'rel_tol': -1}), ((1, 2), {'abs_tol': -0.1}), ((1,), {}), ((1, 2, 3), {}), ((1, 2), {'tol': 1}), ((1, 'x'), {}),
                 ((1, 2), {'a': 1}), ((), {'b': 1})]:
    try:
        print(math.isclose(*args, **kw))
    except Exception as e:
        print('isclose', type(e).__name__, e)
