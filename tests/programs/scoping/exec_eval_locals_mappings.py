# locals() of functions as 3.11 (one dict per frame, refreshed per call; exec writes stay there), eval/exec argument checks, non-dict mappings and dict subclasses as locals, __builtins__ of the given globals.
def f():
    a = 1
    d = locals()
    exec("b = 2")
    print(sorted(d), locals() is d, 'b' in locals(), sorted(locals()))
    del a
    print(sorted(locals()), sorted(d))
    c = 3
    print(eval("c + b"))
    try: eval("[c for _ in range(2)]")
    except NameError as e: print(e)
    exec("c = 99")
    print(c, locals()['c'])
f()
def g():
    x = 1
    def inner():
        return x
    print(sorted(locals()), eval("x"), eval("inner()"))
    exec("print(sorted(locals()))")
g()
def h():
    print(vars() is locals(), sorted(vars()))
    y = 2
    print(sorted(vars()))
h()
class C:
    q = 1
    print(sorted(locals()), eval("q"), locals() is vars())
    exec("r = 2")
    print(r)
def k():
    try:
        exec("1", None, [])
    except TypeError as e: print(e)
    try:
        exec("1", [])
    except TypeError as e: print(e)
    try:
        eval("1", None, 5)
    except TypeError as e: print(e)
    try:
        eval(5)
    except TypeError as e: print(e)
    try:
        exec(5)
    except TypeError as e: print(e)
    print(eval("v", None, {'v': 7}), eval("w", {'w': 8}, None))
    z = 5
    def inner():
        return z
    try:
        eval(inner.__code__)
    except TypeError as e: print(e)
k()
import collections.abc
class M(collections.abc.Mapping):
    def __getitem__(self, k):
        if k == 'magic': return 42
        raise KeyError(k)
    def __iter__(self): return iter(['magic'])
    def __len__(self): return 1
print(eval("magic + 1", {}, M()))
try: eval("nope", {}, M())
except NameError as e: print(e)
class DD(dict):
    def __missing__(self, k): return k.upper()
print(eval("hello", {}, DD()))
class W:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): print("set", k, v); self.d[k] = v
    def __delitem__(self, k): print("del", k); del self.d[k]
w = W()
exec("a = 1\nb = a + 1\ndel a", {}, w)
print(w.d)
exec("print(type(locals()).__name__)", {}, w)
