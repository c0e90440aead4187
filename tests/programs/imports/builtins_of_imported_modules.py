# __builtins__ is the builtins module in __main__ and the builtins dict in imported modules and exec()'s globals
import json, sys
print(type(__builtins__).__name__, type(json.__builtins__).__name__, json.__builtins__ is __builtins__.__dict__)
ns = {}
exec('x = 1', ns)
print(type(ns['__builtins__']).__name__, ns['__builtins__'] is __builtins__.__dict__)
ns = {}
eval('1', ns)
print(type(ns['__builtins__']).__name__)
def f(): pass
print(type(f.__builtins__).__name__, f.__builtins__ is json.__builtins__)
import types
g = types.FunctionType(f.__code__, {})
print(g.__builtins__ is f.__builtins__)
