# A class body runs like code; its namespace becomes the class dict.
print("before class")
class Demo:
    print("executing class body")
    x = 1
    y = x + 1
    for i in range(3):
        print("loop in body", i)
    del i
    if y > 1:
        z = "conditional attr"
    else:
        w = "not defined"
    def method(self):
        return self.x
    items = [k * 2 for k in range(3)]
    print("locals:", sorted(k for k in locals() if not k.startswith("__")))
print("after class")
print(Demo.x, Demo.y, Demo.z, hasattr(Demo, "w"), hasattr(Demo, "i"), Demo.items)
print(Demo.__module__, Demo.__qualname__, Demo.__doc__)
def make_class(n):
    class Local:
        value = n
        def get(self):
            return self.value
    return Local
A, B = make_class(1), make_class(2)
print(A().get(), B().get(), A is B, A.__qualname__)
class Outer:
    class Inner:
        class Deepest:
            pass
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.__name__)
class WithDoc:
    "The docstring."
    __doc__ += " Extended."
print(WithDoc.__doc__)
class Names:
    a = 1
    b = a * 10
    c = [a] * 2
print(Names.b, Names.c)
