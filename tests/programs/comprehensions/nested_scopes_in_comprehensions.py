# Name resolution inside nested comprehensions, lambdas and generator expressions.
x = 10
def f():
    x = 20
    return [[x + y for y in range(2)] for _ in range(2)]
print(f())
def g():
    fns = [lambda y, i=i: x + y + i for i in range(3)]
    return [fn(100) for fn in fns]
print(g())
def h(n):
    return [(i, j) for i in range(n) for j in range(i) if (lambda a, b: a + b)(i, j) % 2]
print(h(5))
def k():
    base = [1, 2, 3]
    gen = (sum(v * w for w in base) for v in base)
    base = [0]
    return list(gen)
print(k())
def m():
    data = {"a": [1, 2], "b": [3]}
    return {key: [v * len(key) for v in vals] for key, vals in data.items()}
print(m())
class C:
    n = 3
    squares = [i * i for i in range(n)]
    try:
        pairs = [(i, j) for i in range(n) for j in range(n)]
    except NameError as e:
        pairs = f"NameError: {e}"
print(C.squares, C.pairs)
