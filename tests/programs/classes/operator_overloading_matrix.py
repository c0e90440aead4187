# A Matrix class with operator overloading, equality, hashing, and errors.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equal length")
        self.rows = tuple(tuple(r) for r in rows)
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __add__(self, o):
        if not isinstance(o, Matrix):
            return NotImplemented
        if self.shape != o.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {o.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[v * k for v in r] for r in self.rows])
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o):
        if self.shape[1] != o.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {o.shape}")
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, n):
        result = Matrix([[int(i == j) for j in range(self.shape[0])] for i in range(self.shape[0])])
        for _ in range(n):
            result = result @ self
        return result
    def __neg__(self):
        return self * -1
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __hash__(self):
        return hash(self.rows)
    def __iter__(self):
        return iter(self.rows)
    def __repr__(self):
        return "Matrix(" + repr([list(r) for r in self.rows]) + ")"
    @property
    def T(self):
        return Matrix(list(zip(*self.rows)))
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a * 2, 3 * a, a @ b, b @ a, -a, a.T, a ** 3, a[1, 0], a.shape)
print(a == Matrix([[1, 2], [3, 4]]), a != b, len({a, Matrix([[1, 2], [3, 4]]), b}), list(a))
fib = Matrix([[1, 1], [1, 0]]) ** 40
print(fib[0, 1])
for bad in [lambda: a + Matrix([[1, 2, 3]]), lambda: a @ Matrix([[1, 2, 3]]), lambda: Matrix([[1], [1, 2]]),
            lambda: a + 1, lambda: a * "x", lambda: a[2, 0]]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
