# exec/eval with a __builtins__ that is not a dict: names are looked up in that object (None leaves no builtins,
# as a sandbox expects); a module stands for its dict; a dict subclass answers through __missing__.
import types
for b in (None, 123, [], {}, {'len': len}, types.SimpleNamespace(), {'print': print}.items()):
    for src in ("print('hi')", "len('ab')", "class A: pass", "import os", "x = [i for i in range(2)]", "def f(): return len\nf()"):
        try:
            exec(src, {'__builtins__': b})
            r = 'ok'
        except Exception as e:
            r = f'{type(e).__name__}: {e}'
        print(type(b).__name__, repr(src), r)
print(eval('len', {'__builtins__': {'len': 5}}))
class M(dict):
    def __missing__(self, k):
        return 'missing ' + k
print(eval('foo', {'__builtins__': M()}))
import sys
g = {'__builtins__': None, 'sys': sys}
exec("def f():\n    return sys._getframe().f_builtins\nr = (f(), f.__builtins__)", g)
print(g['r'])
import builtins
g = {'__builtins__': builtins}
exec("r = len('abc'), type(__builtins__).__name__", g)
print(g['r'])
import types
fn = types.FunctionType(compile("x", "<s>", "eval"), {'__builtins__': None, 'x': 1})
print(fn(), fn.__builtins__)
try:
    types.FunctionType(compile("len", "<s>", "eval"), {'__builtins__': 7})()
except TypeError as e:
    print('TypeError', e)
