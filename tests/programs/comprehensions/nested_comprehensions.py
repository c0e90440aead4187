# Deeply nested comprehensions for matrix and combinatorics.
def transpose(m):
    return [[row[i] for row in m] for i in range(len(m[0]))]
def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(r, c)) for c in bt] for r in a]
a = [[1, 2], [3, 4], [5, 6]]
b = [[7, 8, 9], [10, 11, 12]]
print(transpose(a))
print(matmul(a, b))
identity = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
print(identity)
print([[sum(row) for row in matrix] for matrix in [a, b]])
combos = [(a, b, c) for a in range(4) for b in range(a + 1, 4) for c in range(b + 1, 4)]
print(combos)
print([[(r, c) for c in range(3) if (r + c) % 2 == 0] for r in range(3)])
board = [["." if (r + c) % 2 else "#" for c in range(8)] for r in range(4)]
print("\n".join("".join(row) for row in board))
pascal = [[1]]
for _ in range(7):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in pascal:
    print(" ".join(str(v) for v in row).center(30))
flat = [x for sub1 in [[[1, 2], [3]], [[4], [5, 6]]] for sub2 in sub1 for x in sub2]
print(flat)
