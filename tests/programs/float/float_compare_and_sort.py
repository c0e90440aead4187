# Float comparisons with ints and each other, sorting stability with equal keys, min/max of mixed.
vals = [3, 2.5, -1, 0.0, -0.0, 1e-300, -1e300, 2, 2.0, True, 1]
print(sorted(vals), sorted(vals, reverse=True), min(vals), max(vals))
print(sorted([(2.0, "a"), (2, "b"), (1.5, "c"), (2, "a")]))
print(0.1 + 0.2 > 0.3, 0.1 + 0.2 == 0.30000000000000004, 1.1 + 2.2 == 3.3000000000000003)
print(9007199254740993 > 9007199254740992.0, 9007199254740993 == 9007199254740992.0, 2 ** 63 == 9.223372036854776e18)
print(float(2 ** 63) == 2 ** 63, 2 ** 63 - 1 < 9.223372036854776e18, (2 ** 63 - 1) == float(2 ** 63 - 1))
print(1e308 < 10 ** 309, 10 ** 309 > float("inf") if False else 10 ** 309 < float("inf"), -10 ** 309 > float("-inf"))
eps = 2.220446049250313e-16
print(1 + eps > 1, 1 + eps / 2 == 1, 1 - eps / 2 < 1, 0.5 + 0.25 == 0.75)
def close(a, b, tol=1e-9):
    return abs(a - b) <= tol * max(abs(a), abs(b))
print(close(0.1 * 3, 0.3), close(1e10 + 1, 1e10), close(1.0, 1.1))
print(round(sum([0.1] * 100), 10), sum([0.1] * 100) == 10.0, sum(sorted([1e-16] * 10 + [1.0])))
print(max(1, 1.0, key=type) if False else max([1, 1.0]), min([1.0, 1]), type(max(1, 1.0)).__name__)
