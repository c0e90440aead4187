# Complex numbers with the math-free tools: polar form by hand, roots of unity, conjugates.
import math
def polar(z):
    return abs(z), math.atan2(z.imag, z.real)
def rect(r, phi):
    return complex(r * math.cos(phi), r * math.sin(phi))
for z in [1 + 1j, -1 + 0j, 0 - 2j, 3 + 4j]:
    r, phi = polar(z)
    back = rect(r, phi)
    print(z, round(r, 12), round(phi, 12), abs(back - z) < 1e-12)
n = 6
roots = [rect(1, 2 * math.pi * k / n) for k in range(n)]
print([complex(round(z.real, 9), round(z.imag, 9)) for z in roots])
total = sum(roots)
print(abs(total) < 1e-12, abs(roots[1] ** n - 1) < 1e-12)
z = 2 + 3j
print(z * z.conjugate(), (z * z.conjugate()).imag == 0, z / z, z ** -1, 1 / z)
print(complex(1, 0) == 1, complex(0, 1) ** 2 == -1, (1j).real, (1j).imag, (-1j).conjugate())
print([complex(i, -i) for i in range(3)], sorted([3 + 1j, 1 + 5j, 2 + 0j], key=abs))
print(sum(complex(k, 1) for k in range(5)), (1 + 2j) * 1j, (1 + 2j) - 1j * 1j)
