# Comprehension variables do not leak; class scope is skipped.
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)
gen_var = "unchanged"
list(gen_var for gen_var in range(3))
print(gen_var)
i = 100
print([i for i in range(3)], i)
print({i: i for i in "ab"}, i)
class A:
    factor = 10
    base = [1, 2, 3]
    scaled = [v * 2 for v in base]
    try:
        bad = [v * factor for v in base]
    except NameError as e:
        bad = f"NameError: {e}"
print(A.scaled, A.bad)
def f():
    y = 5
    return [y * k for k in range(3)]
print(f())
def g():
    funcs = [lambda: k for k in range(3)]
    return [fn() for fn in funcs]
print(g())
def h():
    result = [(yield_val := n * 2) for n in range(3)]
    return result, yield_val
print(h())
nested = [[j for j in range(i)] for i in range(4)]
print(nested)
try:
    print([undefined_in_comp for _ in range(1)])
except NameError as e:
    print("NameError:", e)
print([z for z in range(0)], [w for w in []])
