# The first iterable of a generator expression is evaluated immediately.
def make(n):
    return (i * n for i in range(n))
print(list(make(3)))
data = [1, 2, 3]
g = (x * 2 for x in data)
data = [100]
print(list(g))
class A:
    items = [1, 2, 3]
    total = sum(x for x in items)
    try:
        pairs = list((x, y) for x in items for y in items)
    except NameError as e:
        pairs = str(e)
print(A.total, A.pairs)
try:
    g = (x for x in undefined_iterable)
except NameError as e:
    print("NameError:", e)
g = (undefined_in_body for x in [1])
try:
    next(g)
except NameError as e:
    print("NameError (lazy):", e)
x = "outer"
g = (x for x in "ab")
print(list(g), x)
funcs = list((lambda: i) for i in range(3))
print([f() for f in funcs])
matrix = [[1, 2], [3, 4]]
flat = (v for row in matrix for v in row)
matrix.append([5])
print(list(flat))
