# The builtins module: its names, and overriding then restoring one.
import builtins
names = [n for n in dir(builtins) if not n.startswith("_")]
funcs = sorted(n for n in names if n[0].islower())
errors = sorted(n for n in names if n.endswith("Error"))
warnings = sorted(n for n in names if n.endswith("Warning"))
print(len(funcs), funcs)
print(len(errors), errors)
print(len(warnings), warnings)
print(builtins.len("abc"), builtins.abs(-2), builtins.max is max)
orig = builtins.print
def shouting(*args, **kw):
    orig(*(str(a).upper() for a in args), **kw)
builtins.print = shouting
print("hello from overridden print")
builtins.print = orig
print("restored")
print(type(builtins.__dict__).__name__, builtins.__name__, "open" in builtins.__dict__)
print(builtins.Ellipsis is ..., builtins.NotImplemented is NotImplemented, builtins.__build_class__ is not None)
