# Closures capture variables, not values.
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
def make(i):
    return lambda: i
fns = [make(i) for i in range(3)]
print([f() for f in fns])
def outer():
    x = 1
    f = lambda: x
    x = 2
    return f
print(outer()())
def shared():
    fs = []
    for n in range(3):
        def f():
            return n * 10
        fs.append(f)
    n = 100
    return fs
print([f() for f in shared()])
adders = {k: (lambda v, k=k: v + k) for k in range(3)}
print({k: f(10) for k, f in adders.items()})
def cell_identity():
    x = 0
    def a(): return x
    def b(): return x
    return a.__closure__[0] is b.__closure__[0]
print(cell_identity())
def unassigned():
    def f():
        return y
    try:
        f()
    except NameError as e:
        print("NameError:", e)
    y = 5
    return f()
print(unassigned())
