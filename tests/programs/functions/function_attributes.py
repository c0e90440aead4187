# Attributes of function objects.
def documented(a, b: int = 2, *args, c: str = "x", **kw) -> bool:
    """Return nothing useful."""
    local_var = 1
    return True
print(documented.__name__, documented.__qualname__)
print(documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__annotations__)
print(documented.__module__)
code = documented.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames, code.co_flags & 0x04 != 0, code.co_flags & 0x08 != 0)
class Outer:
    def method(self):
        def inner():
            pass
        return inner
print(Outer.method.__qualname__, Outer().method().__qualname__)
documented.custom = "attached"
print(documented.custom, documented.__dict__)
def no_doc(): pass
print(no_doc.__doc__, no_doc.__defaults__, no_doc.__annotations__)
lam = lambda x: x
print(lam.__name__, lam.__qualname__)
no_doc.__name__ = "renamed"
print(no_doc.__name__, no_doc.__qualname__)
print(callable(documented), type(documented).__name__)
try:
    documented.__code__ = 5
except TypeError as e:
    print("TypeError:", e)
def with_closure():
    v = 1
    def f():
        return v
    return f
print(with_closure().__code__.co_freevars, with_closure.__code__.co_cellvars)
print(with_closure().__closure__[0].cell_contents)
