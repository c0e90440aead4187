# Argument-count, keyword and type errors of every math function, as CPython words them.
import math
names = [n for n in dir(math) if not n.startswith('_') and callable(getattr(math, n))]
print(len(names), names[:5], names[-5:])
for n in names:
    f = getattr(math, n)
    for args in [(), (1, 2, 3), ('x',), ('x', 'y'), (None, None)]:
        try:
            f(*args)
            r = 'ok'
        except Exception as e:
            r = f'{type(e).__name__}: {e}'
        print(n, len(args), r)
    try:
        f(x=1)
    except Exception as e:
        print(n, 'kw', f'{type(e).__name__}: {e}')
print(repr(math.sqrt), math.sqrt.__name__, type(math.sqrt).__name__, math.__name__)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.pi).__name__)
