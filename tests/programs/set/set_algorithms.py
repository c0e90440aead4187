# Sets in algorithms: dedupe preserving order, graph reachability, sieve.
def dedupe(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(dedupe([3, 1, 3, 2, 1, 5, 2]), dedupe("mississippi"))
edges = [(1, 2), (2, 3), (4, 5), (5, 6), (6, 4), (7, 7), (3, 1)]
graph = {}
for a, b in edges:
    graph.setdefault(a, set()).add(b)
    graph.setdefault(b, set()).add(a)
def component(start):
    seen = {start}
    stack = [start]
    while stack:
        n = stack.pop()
        for m in graph[n] - seen:
            seen.add(m)
            stack.append(m)
    return seen
remaining = set(graph)
comps = []
while remaining:
    c = component(min(remaining))
    comps.append(sorted(c))
    remaining -= c
print(comps)
limit = 100
composites = {m for p in range(2, 11) for m in range(p * p, limit, p)}
print(sorted(set(range(2, limit)) - composites))
a = set(range(0, 50, 3))
b = set(range(0, 50, 5))
print(sorted(a & b), len(a | b), sorted(a ^ b)[:5])
print(sorted({x % 7 for x in range(100)}), {x * 0 for x in range(5)})
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault(frozenset(w) if False else "".join(sorted(w)), []).append(w)
print(sorted(groups.values()))
