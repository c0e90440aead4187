# Positional and keyword argument binding.
def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2))
print(f(1, 2, 5))
print(f(1, b=7))
print(f(c=0, b=1, a=2))
print(f(1, 2, d=9))
print(f(*[1, 2, 3, 4]))
print(f(**{"a": "x", "b": "y"}))
print(f(1, *(2,), **{"d": 8}))
tests = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, 4, 5),
    lambda: f(1, 2, a=3),
    lambda: f(1, 2, e=5),
    lambda: f(1, 2, 3, 4, 5, 6),
    lambda: f(b=2),
    lambda: f(1, 2, **{"c": 1, "zz": 2}),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
def g():
    return "no args"
try:
    g(1)
except TypeError as e:
    print("TypeError:", e)
try:
    g(x=1)
except TypeError as e:
    print("TypeError:", e)
def one(x):
    return x
try:
    one(1, 2)
except TypeError as e:
    print("TypeError:", e)
