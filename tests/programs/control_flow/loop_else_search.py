# Searching with loop-else in two dimensions.
grid = [
    "#########",
    "#..S....#",
    "#.####..#",
    "#....#.E#",
    "#########",
]
def locate(ch):
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell == ch:
                break
        else:
            continue
        return r, c
    return None
print(locate("S"), locate("E"), locate("X"))
from_pos = locate("S")
goal = locate("E")
frontier = [from_pos]
dist = {from_pos: 0}
while frontier:
    nxt = []
    for r, c in frontier:
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            p = (r + dr, c + dc)
            if grid[p[0]][p[1]] != "#" and p not in dist:
                dist[p] = dist[(r, c)] + 1
                nxt.append(p)
    frontier = nxt
print("distance to E:", dist[goal])
for r in range(len(grid)):
    print("".join(str(dist[(r, c)] % 10) if (r, c) in dist else grid[r][c] for c in range(len(grid[r]))))
