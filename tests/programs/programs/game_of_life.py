# Conway's game of life on a small toroidal grid.
def parse(rows):
    return {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}
def step(cells, h, w):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in cells)}
def show(cells, h, w):
    for r in range(h):
        print("".join("#" if (r, c) in cells else "." for c in range(w)))
H, W = 10, 12
glider = parse([".#.", "..#", "###"])
blinker = {(r + 6, c + 8) for r, c in parse(["###"])}
cells = glider | blinker
for gen in range(5):
    print(f"generation {gen}: {len(cells)} alive")
    show(cells, H, W)
    cells = step(cells, H, W)
for _ in range(35):
    cells = step(cells, H, W)
print("after 40 generations:", len(cells), sorted(cells)[:6])
