# range: attributes, len, index, count, contains, huge bounds.
r = range(2, 20, 3)
print(r, list(r), len(r), r.start, r.stop, r.step, r[0], r[-1], r[2])
print(r.index(8), r.count(8), r.count(9), 8 in r, 9 in r, 20 in r, -1 in r)
try:
    r.index(9)
except ValueError as e:
    print("ValueError:", e)
print(range(5), range(0, 5), range(5, 0, -1), list(range(5, 0, -2)), list(range(0)), list(range(3, 1)))
big = range(0, 10 ** 18, 7)
print(len(big), big[-1], big[10 ** 16], 7 * 10 ** 17 in big, 7 * 10 ** 17 + 1 in big, big.index(7 * 10 ** 17))
huge = range(-(10 ** 30), 10 ** 30)
try:
    len(huge)
except OverflowError as e:
    print("OverflowError:", e)
print(huge[-1], 5 in huge, huge.index(0), huge.count(7))
try:
    huge[10 ** 29]
except (IndexError, OverflowError) as e:
    print(type(e).__name__ + ":", e)
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(1, 2) == range(1, 3, 5), range(3) != range(4))
print(hash(range(0, 10, 2)) == hash(range(0, 9, 2)), range(0, 3)[1:], range(10)[::2], range(10)[::-1])
print(range(10)[2:8:3], range(0, 20, 5)[-2:], range(10)[100:], list(reversed(range(1, 10, 4))))
for bad in [lambda: range(1, 2, 0), lambda: range(1.0), lambda: range(1, "2"), lambda: range(), lambda: range(5)[5],
            lambda: range(1, 2, 3, 4)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(1.0 in range(3), 2.5 in range(3), "a" in range(3), True in range(2))
print(range(3).__len__(), sum(range(101)), max(range(-5, 5, 3)), sorted(range(3), reverse=True))
print(bool(range(0)), bool(range(1)), list(range(-3, 3)), list(range(10, -10, -7)))
