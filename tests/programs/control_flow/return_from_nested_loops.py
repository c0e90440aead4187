# Returning from inside loops, with-statements and try blocks.
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
def search(matrix, target):
    with CM("outer"):
        for i, row in enumerate(matrix):
            with CM(f"row{i}"):
                for j, v in enumerate(row):
                    if v == target:
                        return (i, j)
    return None
m = [[1, 2], [3, 4], [5, 6]]
print(search(m, 4))
print(search(m, 7))
def gen_search(m, t):
    for row in m:
        for v in row:
            if v == t:
                return "found"
            yield v
g = gen_search(m, 3)
print(list(g))
def early(n):
    while True:
        for k in range(n):
            try:
                if k == 2:
                    return k
            finally:
                print("finally k =", k)
        return "none"
print(early(5), early(1))
