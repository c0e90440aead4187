# Tuples as dict keys for memoization; hashing of nested tuples.
memo = {}
def paths(r, c):
    if (r, c) in memo:
        return memo[(r, c)]
    if r == 0 or c == 0:
        return 1
    memo[(r, c)] = paths(r - 1, c) + paths(r, c - 1)
    return memo[(r, c)]
print(paths(16, 16), len(memo))
grid = {(r, c): (r * 31 + c * 17) % 9 for r in range(30) for c in range(30)}
print(len(grid), grid[(3, 4)], sum(grid.values()), max(grid, key=lambda k: (grid[k], k)))
print(hash((1, (2, 3))) == hash((1, (2, 3))), (1, (2, 3)) == (1, (2, 3)), hash(()) == hash(tuple()))
seen = set()
dupes = 0
for i in range(2000):
    key = (i % 37, i % 41)
    if key in seen:
        dupes += 1
    seen.add(key)
print(len(seen), dupes)
t = tuple(range(10000))
print(len(t), t[5000], t[-1], t.index(9999), t.count(3), sum(t), t[::2500])
print(tuple(sorted(t[:10], reverse=True)), min(t), max(t))
