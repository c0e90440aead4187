# cmath: every function over a grid of special values (C99 Annex G tables, errno -> ValueError /
# OverflowError), printed exactly (float.hex), and over ordinary, tiny, huge and near-unit arguments,
# printed to 13 significant digits (the last bit of a few sin/tan/atan2 results differs from glibc's:
# see cmath_libm_ulps.py).
import cmath, math, random

VALUES = [-math.inf, -1e308, -2.5, -1.0, -1e-310, -0.0, 0.0, 1e-310, 0.5, 1.0, 2.5, 1e308, math.inf, math.nan]
FUNCS = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10', 'sin', 'sinh',
         'sqrt', 'tan', 'tanh']

def show(z):
    if isinstance(z, complex):
        return f'{z.real.hex()},{z.imag.hex()}'
    if isinstance(z, tuple):
        return ','.join(x.hex() for x in z)
    return repr(z) if isinstance(z, bool) else z.hex()

def call(f, *args):
    try:
        return show(f(*args))
    except (ValueError, OverflowError) as e:
        return f'{type(e).__name__}({e})'

for name in FUNCS:
    f = getattr(cmath, name)
    print(name, ' '.join(call(f, complex(x, y)) for x in VALUES for y in VALUES))
for name in ('phase', 'polar', 'isfinite', 'isnan', 'isinf'):
    f = getattr(cmath, name)
    print(name, ' '.join(call(f, complex(x, y)) for x in VALUES for y in VALUES))
print('rect', ' '.join(call(cmath.rect, x, y) for x in VALUES for y in VALUES))

random.seed(3)
samples = []
for _ in range(300):
    kind = random.random()
    if kind < 0.4:
        z = complex(random.uniform(-3, 3), random.uniform(-3, 3))
    elif kind < 0.6:
        z = complex(random.uniform(-1.01, 1.01), random.uniform(-0.05, 0.05))
    elif kind < 0.8:
        z = complex(random.choice([-1, 1]) * 10 ** random.uniform(-320, 308), random.choice([-1, 1]) * 10 ** random.uniform(-320, 308))
    else:
        z = complex(random.uniform(-800, 800), random.uniform(-800, 800))
    samples.append(z)
def near(z):
    if isinstance(z, complex):
        return f'{z.real:.12e},{z.imag:.12e}'
    return ','.join(f'{x:.12e}' for x in z) if isinstance(z, tuple) else f'{z:.12e}'

def call13(f, *args):
    try:
        return near(f(*args))
    except (ValueError, OverflowError) as e:
        return f'{type(e).__name__}({e})'

for name in FUNCS + ['phase', 'polar']:
    f = getattr(cmath, name)
    print(name, ' '.join(call13(f, z) for z in samples))
print('log base', ' '.join(call13(cmath.log, z, w) for z, w in zip(samples, reversed(samples))))
print(call(cmath.phase, complex(1e308, 1e-310)), call(cmath.phase, complex(1, 1e-310)), call(cmath.polar, complex(1e308, 1e-310)),
      call(cmath.polar, complex(1.7e308, 1.7e308)))
print(call(cmath.log, 0, 2), call(cmath.log, 8, 2), call(cmath.log, 2, 1), call(cmath.log, 1j, 0))

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, abs_tol=0.2), cmath.isclose(cmath.infj, cmath.infj))
print(cmath.isclose(complex(math.inf, 0), complex(-math.inf, 0)), cmath.isclose(cmath.nanj, cmath.nanj))

class Z:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.0
class I:
    def __index__(self):
        return 9
print(cmath.sqrt(Z()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(-4), cmath.sqrt(True), cmath.polar(Z()))
for bad in (lambda: cmath.sqrt('x'), lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.rect(1),
            lambda: cmath.log(1, 2, 3), lambda: cmath.isclose(1), lambda: cmath.isclose(1, 2, 3),
            lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.sqrt(10 ** 400), lambda: cmath.exp(1000),
            lambda: cmath.cosh(1000 + 1j), lambda: cmath.sqrt(x=1), lambda: cmath.rect('a', 1)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
