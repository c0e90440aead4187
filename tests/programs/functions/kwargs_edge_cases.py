# Edge cases of keyword arguments.
def f(**kw):
    return kw
print(f(**{"not an identifier": 1, "": 2}))
print(f(**dict.fromkeys(["a", "b"], 0)))
class Mapping:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k.upper()
print(f(**Mapping()))
print(dict(**Mapping()) if False else dict(Mapping()))
def g(a, b):
    return a, b
print(g(**Mapping() if False else {"a": 1, "b": 2}))
class BadKeys:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k
try:
    f(**BadKeys())
except TypeError as e:
    print("TypeError:", e)
try:
    f(**None)
except TypeError as e:
    print("TypeError:", e)
def h(self, x):
    return self, x
print(h(self=1, x=2))
def kwonly(*, self):
    return self
print(kwonly(self="ok"))
print(f(a=1, **{"b": 2}, c=3, **{"d": 4}))
def pos(a, b=2, /, **kw):
    return a, b, kw
print(pos(1, a=10, b=20))
