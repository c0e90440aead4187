# Graph algorithms: BFS, DFS, Dijkstra (with a hand-written heap), topological sort, cycles.
EDGES = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4),
         ("D", "F", 11), ("E", "F", 20), ("G", "H", 1)]
graph = {}
for a, b, w in EDGES:
    graph.setdefault(a, []).append((b, w))
    graph.setdefault(b, [])
def bfs(start):
    order, seen, queue = [], {start}, [start]
    while queue:
        n = queue.pop(0)
        order.append(n)
        for m, _ in graph[n]:
            if m not in seen:
                seen.add(m)
                queue.append(m)
    return order
def dfs(start, seen=None):
    seen = seen if seen is not None else []
    seen.append(start)
    for m, _ in graph[start]:
        if m not in seen:
            dfs(m, seen)
    return seen
class Heap:
    def __init__(self): self.a = []
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]
            i = (i - 1) // 2
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, s = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[s]: s = l
                if r < len(a) and a[r] < a[s]: s = r
                if s == i: break
                a[i], a[s] = a[s], a[i]
                i = s
        return top
    def __len__(self): return len(self.a)
def dijkstra(src):
    dist, prev = {src: 0}, {}
    h = Heap()
    h.push((0, src))
    while h:
        d, n = h.pop()
        if d > dist.get(n, float("inf")):
            continue
        for m, w in graph[n]:
            nd = d + w
            if nd < dist.get(m, float("inf")):
                dist[m], prev[m] = nd, n
                h.push((nd, m))
    return dist, prev
def path(prev, target):
    p = [target]
    while p[-1] in prev:
        p.append(prev[p[-1]])
    return p[::-1]
def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m, _ in graph[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m, _ in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out
print("BFS:", bfs("A"))
print("DFS:", dfs("A"))
dist, prev = dijkstra("A")
for n in sorted(dist):
    print(f"  {n}: {dist[n]:3} via {'->'.join(path(prev, n))}")
print("topological:", topo())
graph["F"].append(("A", 1))
print("topological with cycle:", topo(), "(incomplete means a cycle)")
