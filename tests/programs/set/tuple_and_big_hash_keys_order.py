# Sets of tuples and of keys whose hash needs all 64 bits iterate in CPython's order (the layout simulation
# takes each key's 64-bit hash, a tuple's computed in halves), through adds, removals and copies.
pairs = {(x, y) for x in range(12) for y in range(-3, 9, 2)}
print(len(pairs), list(pairs)[:15])
for p in list(pairs)[::3]:
    pairs.discard(p)
print(len(pairs), list(pairs)[:15])
print(list(set(pairs))[:8] == list(pairs)[:8], list(frozenset(pairs))[:6])
nested = {((i, i * 7), (-i, 2**40 + i), i / 4) for i in range(30)}
print(list(nested)[:6])
big = {2**63 - 1, -2**63, 2**64 + 5, -(2**70), 10**20, (2**62, -(2**62)), 1.5, -0.25, 7}
print(list(big))
grid = set()
for x in range(40):
    for y in range(40):
        if (x * y) % 3:
            grid.add((x, y))
print(len(grid), sum(1 for x in range(40) for y in range(40) if (y, x) in grid), list(grid)[-5:])
print(sorted(grid ^ {(0, 0), (1, 1), (39, 38)})[:4], len(grid & {(1, 2), (2, 1), (3, 3)}))
