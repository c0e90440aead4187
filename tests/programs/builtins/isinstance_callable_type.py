# isinstance, issubclass, callable, type, id-free identity checks.
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, (int, (float,))))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(object, object))
print(issubclass(bool, int), issubclass(int, object), issubclass(int, (str, object)), issubclass(type, object))
print(isinstance([], list | tuple), issubclass(bool, int | str), isinstance(3, int | None))
print(callable(len), callable(lambda: 0), callable(int), callable(1), callable("s".upper), callable(None))
class C:
    def __call__(self): pass
class D: pass
print(callable(C()), callable(D()), callable(C), callable(D))
print(type(1), type("s"), type([]), type(type), type(None), type(len), type(C()), type(C))
print(type(1) is int, type(True) is bool, type(True) == int, type(C()) is C)
T = type("T", (D,), {"attr": 5, "m": lambda self: self.attr * 2})
print(T.__name__, T.__bases__, T().m(), isinstance(T(), D), type(T).__name__)
for bad in [lambda: type(1, 2), lambda: type("X", (), 5), lambda: type("X", (5,), {}), lambda: isinstance(1, "int"),
            lambda: issubclass(C(), C)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
a = [1]
b = a
print(a is b, a is not [1], id(a) == id(b), id(a) != id([1]))
