# Decorators that work on both functions and methods, and ones applied to nested classes.
def trace(fn):
    def wrapper(*args, **kwargs):
        shown = [type(a).__name__ if hasattr(a, "__dict__") and not isinstance(a, type) else repr(a) for a in args]
        print(f"-> {fn.__qualname__}({', '.join(shown)})")
        return fn(*args, **kwargs)
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__name__ = fn.__name__
    return wrapper
@trace
def square(x):
    return x * x
class Calculator:
    @trace
    def add(self, a, b):
        return a + b
    @staticmethod
    @trace
    def neg(x):
        return -x
    @classmethod
    @trace
    def make(cls):
        return cls()
print(square(4))
c = Calculator.make()
print(c.add(2, 3), Calculator.neg(5), c.neg(6))
def add_method(name, value):
    def deco(cls):
        setattr(cls, name, lambda self: value)
        return cls
    return deco
@add_method("greet", "hello")
@add_method("bye", "goodbye")
class Polite:
    @add_method("inner", 42)
    class Nested:
        pass
p = Polite()
print(p.greet(), p.bye(), Polite.Nested().inner(), Calculator.add.__qualname__)
