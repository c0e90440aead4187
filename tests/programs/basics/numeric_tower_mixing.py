# Mixed int/float/complex/bool arithmetic and comparisons.
vals = [True, 3, 2.5, 1 + 2j]
for a in vals:
    row = []
    for b in vals:
        r = a + b
        row.append(f"{type(r).__name__}:{r}")
    print(" ".join(row))
print(1 == 1.0 == 1 + 0j == True)
print(2 ** 0.5 * 2 ** 0.5, 10 / 3 * 3, 3 * 0.1)
print(1 / 3 + 1 / 3 + 1 / 3 == 1.0)
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, float(10 ** 23))
print(2 ** 53 + 1 == float(2 ** 53 + 1), int(float(2 ** 53 + 1)))
print(1 < 1.5 < 2, -1 < -0.5, 10 ** 400 > 1e308)
print((1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), abs(3 + 4j))
print(True / 2, False * 3.5, -True)
try:
    print(1j < 2j)
except TypeError as e:
    print("TypeError:", e)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, int(1e20), round(1e20))
print(hash(1) == hash(1.0) == hash(True), hash(2 + 0j) == hash(2))
print(sum([1, 2.5, 3j]), max(1, 2.0, True), min(3, 2.5))
