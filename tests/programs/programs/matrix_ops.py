# Matrix operations with lists: multiply, transpose, determinant, inverse with fractions by hand.
def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def frac(n, d):
    if d < 0:
        n, d = -n, -d
    g = gcd(n, d) or 1
    return (n // g, d // g)
def inverse(m):
    n = len(m)
    aug = [[(v, 1) for v in row] + [(int(i == j), 1) for j in range(n)] for i, row in enumerate(m)]
    def sub(a, b): return frac(a[0] * b[1] - b[0] * a[1], a[1] * b[1])
    def mul(a, b): return frac(a[0] * b[0], a[1] * b[1])
    def div(a, b): return frac(a[0] * b[1], a[1] * b[0])
    for col in range(n):
        pivot = next(r for r in range(col, n) if aug[r][col][0] != 0)
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [div(v, p) for v in aug[col]]
        for r in range(n):
            if r != col and aug[r][col][0]:
                f = aug[r][col]
                aug[r] = [sub(v, mul(f, w)) for v, w in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]
def show(m):
    for row in m:
        print("  [" + ", ".join(f"{v:>5}" if isinstance(v, int) else f"{v[0]}/{v[1]}".rjust(6) for v in row) + "]")
A = [[2, 1, 1], [1, 3, 2], [1, 0, 0]]
B = [[1, 2], [0, 1], [4, 0]]
print("A*B"); show(mat_mul(A, B))
print("B^T"); show(transpose(B))
print("det(A) =", det(A), " det(I4) =", det(identity(4)))
print("inverse(A)"); inv = inverse(A); show(inv)
print("A * inv(A) == I:", mat_mul(A, [[v[0] / v[1] for v in row] for row in inv]) == [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
M = [[1, 1], [1, 0]]
P = identity(2)
for _ in range(30):
    P = mat_mul(P, M)
print("fib via matrix power:", P[0][1])
