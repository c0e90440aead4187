# Word ladder search (BFS) over a small built-in dictionary.
WORDS = """cold cord card ward warm word worm wore core care dare date gate late lane cane cone
bone bond band hand hard herd here hire fire fine line lime time tame take lake like bike
bake cake cave gave give live love dove done gone tone toll tell tall ball bell belt bolt
boat coat cost cast case cash wash wish fish dish dash mash mast most must mist list lost""".split()
WORDSET = set(WORDS)
def neighbours(w):
    for i in range(len(w)):
        for c in "abcdefghijklmnopqrstuvwxyz":
            if c != w[i]:
                cand = w[:i] + c + w[i + 1:]
                if cand in WORDSET:
                    yield cand
def ladder(start, goal):
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for w in frontier:
            if w == goal:
                path = []
                while w:
                    path.append(w)
                    w = prev[w]
                return path[::-1]
            for n in sorted(neighbours(w)):
                if n not in prev:
                    prev[n] = w
                    nxt.append(n)
        frontier = nxt
    return None
for a, b in [("cold", "warm"), ("hand", "foot"), ("fire", "time"), ("cake", "lake"), ("bolt", "cast"),
             ("fish", "dash"), ("love", "hate")]:
    if b not in WORDSET:
        print(f"{a} -> {b}: '{b}' not in dictionary")
        continue
    path = ladder(a, b)
    print(f"{a} -> {b}:", " -> ".join(path) if path else "no ladder", f"({len(path) - 1} steps)" if path else "")
degree = {w: sum(1 for _ in neighbours(w)) for w in WORDS}
print("most connected:", sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print("isolated:", sorted(w for w, d in degree.items() if d == 0))
