# Default values are evaluated once at definition time.
calls = 0
def make_default():
    global calls
    calls += 1
    return calls
def f(x=make_default()):
    return x
print(f(), f(), f(10), calls)
def g(lst=[]):
    lst.append(len(lst))
    return lst
print(g(), g(), g([9]), g())
print(g.__defaults__)
n = 5
def h(v=n):
    return v
n = 6
print(h())
def k(a, b=None, c=()):
    return a, b, c
print(k.__defaults__)
k.__defaults__ = (1, 2)
print(k(0))
def kw(*, a=[]):
    a.append(1)
    return a
print(kw(), kw(), kw.__kwdefaults__)
funcs = [lambda i=i: i * 10 for i in range(3)]
print([fn() for fn in funcs])
late = [lambda: i * 10 for i in range(3)]
print([fn() for fn in late])
def dflt(a, b=2, *args, c=3, d, **kw):
    return a, b, args, c, d, kw
print(dflt(1, d=4), dflt(1, 2, 3, d=4, e=5))
