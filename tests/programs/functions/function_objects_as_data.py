# Functions stored in data structures, compared, hashed, and introspected.
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
table = {add: "+", sub: "-", mul: "*"}
print([table[f] for f in (mul, add)], add in table, len({add, sub, add}))
print(add == add, add != sub, add.__name__, sorted(f.__name__ for f in table))
pipeline = [(add, 5), (mul, 3), (sub, 4)]
v = 1
for fn, arg in pipeline:
    v = fn(v, arg)
    print(f"{fn.__name__}({arg}) -> {v}")
registry = []
def register(fn):
    registry.append(fn)
    return fn
@register
def first(): return 1
@register
def second(): return 2
print([f() for f in registry], [f.__qualname__ for f in registry])
print(callable(add), type(add).__name__, add.__code__.co_argcount, add.__defaults__, add.__module__)
print(sorted(dir(add))[:5])
print(list(map(lambda f: f(6, 3), [add, sub, mul, lambda a, b: a // b])))
