# Float summation: naive sum vs sum() vs math.fsum.
import math
data = [0.1] * 10
print(sum(data), math.fsum(data))
data = [1e100, 1.0, -1e100, 1.0]
print(sum(data), math.fsum(data))
data = [1.0, 1e-16, 1e-16, 1e-16, 1e-16]
total = 0.0
for x in data:
    total += x
print(total, sum(data), math.fsum(data))
vals = [(-1) ** k / (2 * k + 1) for k in range(10000)]
print(4 * sum(vals), 4 * math.fsum(vals))
print(sum([1, 2.5, 3]), sum([0.5, 0.25], 1), sum([], 0.0), type(sum([1, 2], 0.0)).__name__)
harmonic = sum(1 / k for k in range(1, 1001))
print(harmonic, math.fsum(1 / k for k in range(1, 1001)))
print(sum([1e16, 1.0, -1e16]), math.fsum([1e16, 1.0, -1e16]))
def kahan(xs):
    s = c = 0.0
    for x in xs:
        y = x - c
        t = s + y
        c = (t - s) - y
        s = t
    return s
print(kahan([0.1] * 10), kahan([1.0] + [1e-16] * 10))
print(sum([0.1, 0.2, 0.3]), sum([0.3, 0.2, 0.1]), math.fsum([0.1, 0.2, 0.3]))
