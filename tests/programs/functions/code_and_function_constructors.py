# types.CodeType(...) and types.FunctionType(...): construction, checks and messages as CPython's
import types
def f(a, b=1):
    x = a
    def g(): return x + a
    return g
c = f.__code__
args = (c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_stacksize, c.co_flags, c.co_code, c.co_consts, c.co_names, c.co_varnames, c.co_filename, c.co_name, c.co_qualname, c.co_firstlineno, c.co_linetable, c.co_exceptiontable, c.co_freevars, c.co_cellvars)
c2 = types.CodeType(*args)
print(c2 == c, c2.co_varnames, c2.co_cellvars, c2.co_freevars, c2.co_nlocals)
f2 = types.FunctionType(c2, globals(), 'f2', (5,))
print(f2(3)())
g = f(1)
gc = g.__code__
gc2 = types.CodeType(gc.co_argcount, gc.co_posonlyargcount, gc.co_kwonlyargcount, gc.co_nlocals, gc.co_stacksize, gc.co_flags, gc.co_code, gc.co_consts, gc.co_names, gc.co_varnames, gc.co_filename, 'h', 'h', gc.co_firstlineno, gc.co_linetable, gc.co_exceptiontable, gc.co_freevars, gc.co_cellvars)
print(gc2 == gc, gc2.co_name, gc2.co_freevars, types.FunctionType(gc2, globals(), None, None, g.__closure__)())
for bad in [dict(i=3, v=99), dict(i=9, v=('a',)), dict(i=0, v=-1), dict(i=3, v=-1), dict(i=1, v=-1), dict(i=6, v='x'), dict(i=7, v=[1]), dict(i=0, v='x'), dict(i=8, v=(1,)), dict(i=10, v=1), dict(i=6, v=b'\0')]:
    a = list(args); a[bad['i']] = bad['v']
    try: types.CodeType(*a); print('ok')
    except Exception as e: print(type(e).__name__, e)
for a in (args[:15], args + (1,)):
    try: types.CodeType(*a)
    except Exception as e: print(type(e).__name__, e)
try: types.CodeType(*args[:16], co_freevars=())
except Exception as e: print(type(e).__name__, e)
def f(a, b=1): return a+b
for args in [(1, {}), (f.__code__, 1), (f.__code__, {}, 1), (f.__code__, {}, None, 1), (f.__code__, {}, None, None, 1), (f.__code__, {}, None, None, (1,))]:
    try: types.FunctionType(*args)
    except Exception as e: print(type(e).__name__, e)
def o():
    x = 1
    def i(): return x
    return i
i = o()
for cl in (None, (), (1,)):
  try: types.FunctionType(i.__code__, {}, None, None, cl)
  except Exception as e: print(type(e).__name__, e)
print(types.FunctionType(f.__code__, {}, name='zz', argdefs=(5,)).__name__, types.FunctionType(f.__code__, {}).__qualname__)
print(types.FunctionType(i.__code__, {}, None, None, i.__closure__)())
print(types.FunctionType(f.__code__, {}, name='zz', argdefs=(5,))(1))
