# Comprehensions create their own scope and can close over variables.
def scale_all(xs, factor):
    return [x * factor for x in xs]
print(scale_all([1, 2, 3], 10))
def table(n):
    return [[(r, c) for c in range(r)] for r in range(n)]
print(table(4))
funcs = [lambda: k for k in range(3)]
print([f() for f in funcs])
funcs = [(lambda k: lambda: k)(k) for k in range(3)]
print([f() for f in funcs])
def nested_free():
    base = 100
    return [[base + i + j for j in range(2)] for i in range(3)]
print(nested_free())
x = "module"
print([x for _ in range(2)], x)
res = [x for x in "ab"]
print(res, x)
def gen_capture():
    m = 2
    g = (i * m for i in range(4))
    m = 3
    return list(g)
print(gen_capture())
def first_iter_eval():
    data = [1, 2, 3]
    g = (v for v in data)
    data = [9]
    return list(g)
print(first_iter_eval())
class K:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
    try:
        crossed = [v * w for v in vals for w in vals]
    except NameError as e:
        crossed = "NameError: " + str(e)
print(K.doubled, K.crossed)
