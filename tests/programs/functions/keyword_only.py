# Keyword-only parameters.
def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key="k"))
print(f(1, flag=True, key=2))
def g(*args, sep=", ", end="."):
    return sep.join(map(str, args)) + end
print(g(1, 2, 3), g(sep="-"), g("a", end="!"))
for call in [lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, key=3), lambda: f(key=1),
             lambda: f(1, key=1, other=2)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
def h(*, a, b, c):
    return a + b + c
try:
    h()
except TypeError as e:
    print("TypeError:", e)
try:
    h(a=1)
except TypeError as e:
    print("TypeError:", e)
try:
    h(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(h(c=1, b=2, a=3))
print(f.__kwdefaults__, h.__kwdefaults__, f.__defaults__)
print(f.__code__.co_kwonlyargcount, f.__code__.co_argcount, g.__code__.co_varnames)
