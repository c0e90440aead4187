# Positional-only parameters (PEP 570).
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
for call in [lambda: f(1, b=2, c=3, d=4), lambda: f(a=1, b=2, c=3, d=4),
             lambda: f(1, 2, 3, 4), lambda: f(1, 2, d=4)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
def g(x, /, **kwargs):
    return x, kwargs
print(g(1, x=2))
print(g("pos", y=1, x="kw"))
def h(a, b=2, /, c=3):
    return a, b, c
print(h(1), h(1, 5), h(1, 5, 6), h(1, c=9))
try:
    h()
except TypeError as e:
    print("TypeError:", e)
try:
    h(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
print(f.__code__.co_posonlyargcount, h.__defaults__)
def only(x, y, /):
    return x * y
print(only(6, 7))
try:
    only(6, y=7)
except TypeError as e:
    print("TypeError:", e)
