# abs(complex) is the C library's hypot (glibc's since 2.35, whose last bit V8's Math.hypot does not always
# give), and a complex power with a non-integral exponent is c_pow: hypot, pow, atan2, exp, log, cos, sin.
import hashlib
import random

random.seed(20261126)
total = 0
lines = []
for i in range(3000):
    a = random.uniform(-10, 10) * 10 ** random.randint(-6, 6)
    b = random.uniform(-10, 10) * 10 ** random.randint(-6, 6)
    r = abs(complex(a, b))
    lines.append(r.hex())
print(len(lines), hashlib.sha1('\n'.join(lines).encode()).hexdigest())
print('\n'.join(lines[:20]))
for a, b in [(3, 4), (1e308, 1e308), (5e-324, 5e-324), (1e-300, 1e-310), (2.0 ** 511, 1), (float('inf'), float('nan')), (0.0, -0.0)]:
    print(a, b, abs(complex(a, b)))
for z, w in [(1j, 0.5), (-1, 0.5), (2 + 3j, 1.5 - 0.5j), (0.5 - 0.25j, -2.75), (-8, 1 / 3), (1e-3 + 1e3j, 0.125)]:
    print(z, w, complex(z) ** w)
