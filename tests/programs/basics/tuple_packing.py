# Returning and consuming multiple values.
def min_max_avg(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, avg = min_max_avg([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
res = min_max_avg([1, 2])
print(res, type(res).__name__, len(res))
def divmod2(a, b):
    return a // b, a % b
for a, b in [(7, 2), (-7, 2), (7, -2)]:
    q, r = divmod2(a, b)
    print(a, b, q, r, q * b + r == a)
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
for n, name in pairs:
    print(f"{n}:{name}")
point = 3, 4
x, y = point
print((x ** 2 + y ** 2) ** 0.5)
single = 1,
print(single, len(single), () == tuple())
nested = ((1, 2), (3, (4, 5)))
(a, b), (c, (d, e)) = nested
print(a + b + c + d + e)
