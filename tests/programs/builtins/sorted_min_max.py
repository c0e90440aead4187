# sorted, min, max with key and default.
data = [5, 3, 8, 1, 9, 2]
print(sorted(data), sorted(data, reverse=True), sorted(data, key=lambda v: -v), data)
print(min(data), max(data), min(3, 1, 2), max("apple", "fig", "banana"), max("apple", "fig", key=len))
print(min([], default="empty"), max([], default=None), min([4], default=0), max((), key=len, default="d"))
print(min(data, key=lambda v: abs(v - 6)), max(enumerate(data), key=lambda p: p[1]))
print(max([1, 3, 3, 2], key=lambda v: v), min([(2, "b"), (1, "z"), (1, "a")]))
print(max([[1, 2], [3], [0, 0, 0]], key=len), min("hello"), max(range(10), key=lambda v: v % 4))
ties = [("a", 1), ("b", 3), ("c", 3), ("d", 1)]
print(max(ties, key=lambda t: t[1]), min(ties, key=lambda t: t[1]))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1, "a"]), lambda: min(1, 2, default=0),
            lambda: sorted([1], key=5), lambda: max([1], kee=len)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(sorted("Hello World"), sorted({3: "c", 1: "a"}), sorted((x for x in [2, 1])), sorted([], reverse=True))
print(min(1, 1.0), max(1.0, 1), min(0, False), max(True, 1))
