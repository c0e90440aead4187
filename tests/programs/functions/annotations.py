# Annotations are evaluated and stored; they never enforce types.
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> tuple:
    return a, b
print(f.__annotations__)
print(f("not an int"))
x: int = 5
y: str
print(x, __annotations__)
class C:
    attr: int = 3
    other: "C"
    def m(self, v: "C") -> None: pass
print(C.__annotations__, C.attr, hasattr(C, "other"))
print(C.m.__annotations__)
def g(v: (lambda: "computed")()) -> 1 + 1:
    pass
print(g.__annotations__)
def no_ann(a, b): pass
print(no_ann.__annotations__)
def local_ann():
    z: int = 1
    w: str
    return z
print(local_ann())
lst = [0]
lst[0]: int = 9
print(lst)
class D:
    a: int
    b: int = 2
print(list(D.__annotations__), getattr(D, "a", "missing"), D.b)
