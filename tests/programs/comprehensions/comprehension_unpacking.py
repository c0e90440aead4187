# Unpacking targets in comprehensions: tuples, nested, starred.
pairs = [(1, "a"), (2, "b"), (3, "c")]
print([n for n, _ in pairs], [s * n for n, s in pairs], {s: n for n, s in pairs})
nested = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in nested])
rows = [[1, 2, 3, 4], [5, 6], [7]]
print([(first, rest) for first, *rest in rows])
print([last for *_, last in rows])
records = {"ann": (31, "NY"), "bob": (27, "LA")}
print([f"{name}:{age}" for name, (age, _) in records.items()])
print([(i, c) for i, c in enumerate("xyz") if i != 1])
print([x for x, in [(1,), (2,)]], [[y for y in (x, x * 2)] for x in (1, 2)])
try:
    [a for a, b in [(1, 2), (3,)]]
except ValueError as e:
    print("ValueError:", e)
matrix = [[1, 2], [3, 4], [5, 6]]
print([a * b for a, b in matrix], dict((b, a) for a, b in matrix), list(zip(*[(a, b) for a, b in matrix])))
