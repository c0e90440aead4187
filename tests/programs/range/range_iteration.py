# Iterating ranges: reversed, zip, slicing, arithmetic progressions.
for i in range(3):
    for j in range(i, 3):
        print(i, j, end="; ")
print()
print([i for i in range(100, 0, -17)], list(zip(range(3), range(10, 0, -3))))
it = iter(range(5))
print(next(it), next(it), list(it), type(iter(range(1))).__name__)
r = range(1, 1000, 3)
print(sum(r), len(r), r[len(r) // 2], r.index(r[100]), list(r[-3:]))
s = range(10)[3:7]
print(s, list(s), s[1], s[-1], len(s))
print(list(range(2 ** 64, 2 ** 64 + 3)), range(2 ** 64)[-1])
rng = range(0, -10, -3)
print(list(rng), -9 in rng, -10 in rng, rng.index(-6), rng[1:], list(reversed(rng)))
evens = range(0, 20, 2)
odds = range(1, 20, 2)
print([x for x in range(20) if x in evens and x % 4], sum(map(lambda p: p[0] * p[1], zip(evens, odds))))
print(len(range(0, 10, 3)), len(range(0, 10, -3)), len(range(10, 0, -3)), len(range(-10, 10, 3)))
