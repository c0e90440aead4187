# Knight's tour with Warnsdorff's heuristic, plus knight distances by BFS.
MOVES = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]
def tour(n, start=(0, 0)):
    board = [[0] * n for _ in range(n)]
    r, c = start
    board[r][c] = 1
    for step in range(2, n * n + 1):
        options = []
        for dr, dc in MOVES:
            nr, nc = r + dr, c + dc
            if 0 <= nr < n and 0 <= nc < n and not board[nr][nc]:
                onward = sum(1 for ar, ac in MOVES
                             if 0 <= nr + ar < n and 0 <= nc + ac < n and not board[nr + ar][nc + ac])
                options.append((onward, nr, nc))
        if not options:
            return None, step - 1
        _, r, c = min(options)
        board[r][c] = step
    return board, n * n
for n in (5, 6, 8):
    board, reached = tour(n)
    print(f"n={n}: visited {reached} squares")
    if board:
        for row in board:
            print(" ".join(f"{v:2}" for v in row))
def knight_distance(n, src):
    dist = {src: 0}
    queue = [src]
    while queue:
        r, c = queue.pop(0)
        for dr, dc in MOVES:
            p = (r + dr, c + dc)
            if 0 <= p[0] < n and 0 <= p[1] < n and p not in dist:
                dist[p] = dist[(r, c)] + 1
                queue.append(p)
    return dist
d = knight_distance(8, (0, 0))
for r in range(8):
    print("".join(str(d[(r, c)]) for c in range(8)))
print("farthest:", max(d.values()), sorted(p for p, v in d.items() if v == max(d.values())))
