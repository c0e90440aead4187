# exec(code, closure=cells) (3.11): the checks of builtin_exec_impl, and types.CellType made from Python.
def f():
    x = 1
    def g():
        print("x is", x)
    return g
g = f()
for cl in (None, g.__closure__, (1,), (), "no"):
    try:
        exec(g.__code__, {}, closure=cl)
    except TypeError as e:
        print("TypeError", e)
try: exec("print(1)", closure=g.__closure__)
except TypeError as e: print("TypeError", e)
try: exec(compile("print(2)", "s", "exec"), closure=g.__closure__)
except TypeError as e: print("TypeError", e)
exec(compile("print(3)", "s", "exec"), closure=None)
try: eval(g.__code__)
except TypeError as e: print("TypeError", e)
import types
c = types.CellType(42)
exec(g.__code__, {'print': print}, closure=(c,))
e = types.CellType()
try: e.cell_contents
except ValueError as err: print(err)
e.cell_contents = 'set'
exec(g.__code__, {'print': print}, closure=(e,))
del e.cell_contents
try: exec(g.__code__, {'print': print}, closure=(e,))
except NameError as err: print(type(err).__name__, err)
for bad in ((1, 2), {'x': 1}):
    try: types.CellType(*bad) if isinstance(bad, tuple) else types.CellType(**bad)
    except TypeError as err: print(err)
