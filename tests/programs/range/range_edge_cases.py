# range edge cases: negative steps, empty ranges, containment of non-ints, comparisons.
cases = [range(0), range(-5), range(5, 5), range(10, 0), range(0, 10, -1), range(10, 0, -1), range(-10, -20, -3),
         range(1, 2, 10), range(2 ** 65, 2 ** 65 + 5, 2)]
for r in cases:
    print(r, len(r), list(r)[:6], bool(r), r[0] if r else None, r[-1] if r else None)
r = range(0, 30, 5)
print(15 in r, 16 in r, 15.0 in r, 15.5 in r, True in range(2), "5" in r)
print(r.count(10), r.count(10.0), r.count("10"), r.index(25))
try:
    r.index(7)
except ValueError as e:
    print("ValueError:", e)
print(range(0, 5) == range(0, 5, 1), range(1, 1) == range(2, 2), range(0, 6, 2) == range(0, 5, 2), range(3) == [0, 1, 2])
print(r[::-1], r[1::2], r[-2:], r[:100], r[10:], range(10)[-100:100:3])
print(reversed(range(3)).__length_hint__(), list(reversed(range(-3, 3, 2))), sum(range(-100, 101)))
print(range(5).start, range(5).stop, range(5).step, range(2, 9, 3).stop)
