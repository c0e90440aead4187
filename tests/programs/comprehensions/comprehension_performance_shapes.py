# Comprehensions over larger data: grouping, joining, matrix building (fast enough).
n = 300
squares = [i * i for i in range(n)]
print(len(squares), squares[-1], sum(squares))
lookup = {v: i for i, v in enumerate(squares)}
print(lookup[289], len(lookup), 290 in lookup)
pairs = [(a, b) for a in range(1, 60) for b in range(a, 60) if (a * a + b * b) in lookup]
print(len(pairs), pairs[:8])
grid = [[(r * 7 + c * 3) % 10 for c in range(20)] for r in range(20)]
print([sum(row) for row in grid][:10], sum(sum(row) for row in grid))
col_max = [max(grid[r][c] for r in range(20)) for c in range(20)]
print(col_max)
diag = [grid[i][i] for i in range(20)]
anti = [grid[i][19 - i] for i in range(20)]
print(diag, anti)
words = [f"w{i % 37}" for i in range(500)]
uniq = sorted({w for w in words}, key=lambda w: int(w[1:]))
print(len(uniq), uniq[:5], uniq[-3:])
counts = {w: 0 for w in uniq}
for w in words:
    counts[w] += 1
print(sorted(set(counts.values())), [w for w in uniq if counts[w] == 14][:5])
print(sum(1 for i in range(10000) if str(i) == str(i)[::-1]))
