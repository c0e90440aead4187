# symtable over _symtable: tables, children, symbols and their flags for a few programs, the eval and
# single modes, __future__ annotations, and the errors of bad arguments and bad programs.
import symtable
import _symtable

SRC = '''
import os.path as p
from m import *
g = 1
def outer(a, /, b=2, *args, c, **kw):
    global g
    x = a
    def inner():
        nonlocal x
        x += 1
        return b
    y: int = [i for i in args if i]
    return lambda z: z + x + (w := 3)
class C(object):
    attr = 1
    def method(self):
        return super().method() + __class__.attr
    @staticmethod
    async def co():
        async for q in aiter(): yield q
'''


def dump(t, ind=0):
    print(' ' * ind + repr(t), t.get_type(), t.get_lineno(), t.is_optimized(), t.is_nested(), t.has_children())
    if isinstance(t, symtable.Function):
        print(' ' * ind, 'params', t.get_parameters(), 'locals', t.get_locals(), 'globals', t.get_globals(),
              'nonlocals', t.get_nonlocals(), 'frees', t.get_frees())
    if isinstance(t, symtable.Class):
        print(' ' * ind, 'methods', t.get_methods())
    for name in sorted(t.get_identifiers()):
        s = t.lookup(name)
        props = [k for k in ('referenced', 'imported', 'parameter', 'global', 'declared_global', 'local',
                             'annotated', 'free', 'assigned', 'namespace', 'nonlocal') if getattr(s, 'is_' + k)()]
        print(' ' * ind, ' ', repr(s), t._table.symbols[name], props)
    for c in t.get_children():
        dump(c, ind + 2)


dump(symtable.symtable(SRC, 'mod.py', 'exec'))
dump(symtable.symtable('from __future__ import annotations\nx: C = 1\ndef f(a: T) -> R: pass\n', 'fut.py', 'exec'))
dump(symtable.symtable('[a for a in b] + (lambda: c)()', '<e>', 'eval'))
dump(symtable.symtable(b'x = 1\n', b'single.py', 'single'))
top = _symtable.symtable('def f(): pass', 'f', 'exec')
print(type(top).__name__, top.name, top.type == _symtable.TYPE_MODULE, top.children[0].name, top.children[0].varnames)

for args in [('x',), (1, 'f', 'exec'), ('x\0', 'f', 'exec'), ('x', 'f', 'bad'), ('x', 1, 'exec'), ('x', 'f', 1),
             ('def f(:', 'f', 'exec'), ('nonlocal x', 'f', 'exec'), ('def f(a):\n global a', 'f', 'exec'),
             ('x = 1', 'f', 'eval'), ('from __future__ import braces', 'f', 'exec')]:
    try:
        _symtable.symtable(*args)
    except Exception as e:
        print(type(e).__name__, e)
