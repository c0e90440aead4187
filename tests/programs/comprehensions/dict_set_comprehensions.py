# Dict and set comprehensions.
print({x: x ** 2 for x in range(6)})
print({k: v for k, v in zip("abc", range(3))})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print(sorted({x % 7 for x in range(50)}))
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
print({w: len(w) for w in words if len(w) > 6})
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(counts)
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({i: {j: i + j for j in range(2)} for i in range(2)})
print(len({frozenset({i, -i}) for i in range(-3, 4)}))
d = {k: k for k in [1, 1.0, True]}
print(d)
print({x for x in [1, 1.0, True, 2, 2.0]})
s = {n * n for n in range(-4, 5)}
print(sorted(s), len(s))
print({x: y for x, y in [(1, "a"), (1, "b"), (2, "c")]})
keys = ["x", "y", "z"]
print(dict.fromkeys(keys, 0) == {k: 0 for k in keys})
