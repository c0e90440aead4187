# Closures and class bodies: class scope is not enclosing for methods.
def factory(tag):
    class Tagged:
        label = tag
        def show(self):
            return f"{tag}:{self.label}"
    return Tagged
A = factory("a")
B = factory("b")
print(A().show(), B().show(), A.label)
x = "global x"
class C:
    x = "class x"
    def method(self):
        return x
    lam = lambda self: x
    items = [x for _ in range(1)]
print(C().method(), C().lam(), C.items)
def outer():
    y = "enclosing y"
    class D:
        y = "class y"
        def get(self):
            return y
        z = y
    return D().get(), D.z
print(outer())
def counter_class():
    count = 0
    class Obj:
        def __init__(self):
            nonlocal count
            count += 1
            self.n = count
    return Obj, lambda: count
Obj, how_many = counter_class()
objs = [Obj() for _ in range(4)]
print([o.n for o in objs], how_many())
def k():
    v = 1
    class E:
        nonlocal v
        v = 2
    return v
print(k())
