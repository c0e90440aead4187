# List comprehensions: filters, nesting, conditional expressions.
print([x * x for x in range(10)])
print([x for x in range(30) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(1, 5)] for r in range(1, 5)])
print([c.upper() if c in "aeiou" else c for c in "comprehension"])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
words = "the quick brown fox jumps over the lazy dog".split()
print([w[::-1] for w in words if len(w) > 3])
print([len(w) for w in words])
print([(i, w) for i, w in enumerate(words) if w.startswith("t")])
print([a + b for a, b in zip("abc", "xyz")])
print([x for x in [3, None, 0, "", "s", [], [0]] if x])
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print([y for x in [[1, [2]], [3, [4, 5]]] for y in x[1]])
print([f"{k}={v}" for k, v in sorted({"b": 2, "a": 1}.items())])
print([i for i in range(5)][::-1], [[]for _ in range(2)])
pythagorean = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pythagorean)
