# Mixing positional, starred and keyword arguments in calls.
def f(a, b, c, d=0, *rest, e=None, **kw):
    return dict(a=a, b=b, c=c, d=d, rest=rest, e=e, kw=kw)
print(f(1, 2, 3))
print(f(*"xyz"))
print(f(1, *[2, 3], 4, *(5, 6)))
print(f(1, 2, *[], c=3))
print(f(*range(6), e="E", **{"z": 26}))
print(f(**{"a": 1, "b": 2, "c": 3, "d": 4}))
print(f(1, *[2], **{"c": 3}, e=5, y=6))
try:
    f(1, *[2, 3], c=4)
except TypeError as e:
    print("TypeError:", e)
try:
    f(*[1, 2], **{"b": 3})
except TypeError as e:
    print("TypeError:", e)
def g(x, y):
    return x - y
pairs = [(5, 3), (1, 10)]
print([g(*p) for p in pairs], [g(**{"y": a, "x": b}) for a, b in pairs])
print(list(map(g, *zip(*pairs))))
def h(*args):
    return args
print(h(*"ab", *b"cd", *{"k": 1}, *range(2)))
