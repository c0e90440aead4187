# Transforming dictionaries.
prices = {"apple": 0.5, "banana": 0.25, "cherry": 3.0, "date": 1.5}
print({k: v * 2 for k, v in prices.items()})
print({k: v for k, v in prices.items() if v > 1})
print({v: k for k, v in prices.items()})
print(dict(sorted(prices.items(), key=lambda kv: kv[1])))
print(dict(sorted(prices.items(), reverse=True)))
print(sum(prices.values()), max(prices, key=prices.get), min(prices.items(), key=lambda kv: kv[1]))
nested = {"a": {"x": 1, "y": 2}, "b": {"x": 3}}
flat = {f"{o}.{i}": v for o, d in nested.items() for i, v in d.items()}
print(flat)
unflat = {}
for key, v in flat.items():
    o, i = key.split(".")
    unflat.setdefault(o, {})[i] = v
print(unflat == nested)
matrix = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(matrix[(1, 2)], [matrix[(i, i)] for i in range(3)], sum(v for (r, c), v in matrix.items() if r == c))
words = ["apple", "bob", "kayak", "level", "python"]
print({w: w == w[::-1] for w in words})
print(dict(enumerate("abc")), dict(zip(range(3), range(3, 6))))
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 0}
print({k: a[k] for k in a.keys() - b.keys()} == {"x": 1, "z": 3}, sorted(a.keys() & b.keys()))
