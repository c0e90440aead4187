# complex ** complex follows CPython's complex_pow: c_powi for integral exponents |n| <= 100, else polar
# form with the C library's hypot/pow/atan2/exp/log/cos/sin (glibc's last bits); errno decides the errors
# (cos/sin of an infinite phase is EDOM: ZeroDivisionError). Cases that differed with correctly rounded sin/cos.
cases = [
    ((1.7071067811865475+2.5j), (0.25-1.75j)),
    ((-3.2+0.1j), (2.5+0j)),
    ((0.3+4.2j), (-1.5+0.5j)),
    ((2+3j), (3.3+0j)),
    ((-8+0j), (0.3333+0j)),
    ((1e-5+7j), (12.75+0j)),
    ((5.5-2.25j), (-7.125+3j)),
    ((1j), (1000.5+0j)),
    ((1.000001+0.000002j), (1e6+0j)),
    ((1+1j), (101+0j)),
    ((1+1j), (-101+0j)),
    ((0.7+0.7j), (100+0j)),
    ((1e300+1e300j), (3+0j)),
]
import random
rng = random.Random(2024)
for _ in range(300):
    a = complex(rng.uniform(-10, 10), rng.uniform(-10, 10))
    b = complex(rng.uniform(-10, 10), rng.choice([0.0, rng.uniform(-10, 10)]))
    cases.append((a, b))
for _ in range(100):
    cases.append((complex(rng.uniform(-3, 3), rng.uniform(-3, 3)), rng.randint(-100, 100)))
inf = float('inf')
nan = float('nan')
cases += [((1+1j), complex(inf, 0)), ((1e300+0j), (0.5+1e308j)), (complex(inf, 1), (0.5+1j)),
          (complex(inf, 0), 0.5), (0j, -1), (0j, 1j), (1e-200j, -3), ((1+1j), complex(nan, 0)),
          ((2+0j), (0.5+1e308j)), (complex(1e-300, 0), -200.5), (2j, 2000.5), (0j, 0j), (0j, -0.0)]
for a, b in cases:
    try:
        print(a, b, a ** b)
    except Exception as e:
        print(a, b, type(e).__name__, e)
print((-2.0) ** 0.5, (-8) ** (1 / 3), pow(-1.5, 2.5))
