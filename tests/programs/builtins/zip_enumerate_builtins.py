# zip, enumerate, map, filter, reversed together in realistic uses.
names = ["ann", "bob", "cid", "dee"]
scores = [88, 92, 75, 92]
ranked = sorted(zip(scores, names), key=lambda p: (-p[0], p[1]))
for place, (score, name) in enumerate(ranked, 1):
    print(place, name, score)
print(dict(zip(names, scores)), list(zip(*zip(names, scores))))
print(list(map(lambda n, s: f"{n}:{s}", names, scores)))
print(list(filter(lambda p: p[1] > 80, zip(names, scores))))
print(list(reversed(list(enumerate(names)))))
table = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([sum(col) for col in zip(*table)], [row[i] for i, row in enumerate(table)], [row[-1 - i] for i, row in enumerate(table)])
print(list(map(max, zip(*table))), list(map(sum, table)), list(filter(lambda r: sum(r) > 10, table)))
try:
    list(zip(names, scores[:2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate(zip("ab", "cd"))), list(zip(range(3), reversed(range(3)))))
print(list(map(str.upper, filter(str.isalpha, "a1b2c3"))))
