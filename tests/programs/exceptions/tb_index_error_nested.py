# IndexError in nested subscripts, showing the precise caret range.
grid = [
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9],
]
def neighbours(g, r, c):
    return [g[r - 1][c], g[r + 1][c], g[r][c - 1], g[r][c + 1]]
print(neighbours(grid, 1, 1))
total = 0
for r in range(len(grid)):
    for c in range(len(grid[r])):
        total += grid[r][c]
print("total", total)
print("checking edge cell")
print(neighbours(grid, 1, 2))
print("unreachable")
x = 1
y = 2
