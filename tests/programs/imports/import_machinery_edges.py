# Import edge cases as CPython 3.11's import machinery handles them: a replaced builtins.__import__ is what
# `import` calls; a submodule is set on its parent as sys.modules holds it after the submodule ran (which may
# be another module object), with an ImportWarning when the parent refuses the attribute; a package reading
# its submodule while that submodule loads gets the "cannot access submodule" hint; `from m import *` with a
# name that is not a str; _imp.get_frozen_object's errors; module names shown by repr in ModuleNotFoundError.
import builtins, os, sys, tempfile, types, warnings, _imp

root = tempfile.mkdtemp()
sys.path.insert(0, root)
sys.dont_write_bytecode = True

def write(path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w') as f:
        f.write(text)

# builtins.__import__ replaced, then restored
calls = []
real = builtins.__import__
MAIN = globals()
def spy(name, globals=None, locals=None, fromlist=(), level=0):
    if globals is MAIN:  # this file's imports only: what the library's imports import differs between versions
        calls.append((name, fromlist, level, locals is globals))
    return real(name, globals, locals, fromlist, level)
builtins.__import__ = spy
import json
from os import path as _p
def inner():
    import colorsys
    return colorsys
inner()
builtins.__import__ = lambda *a: 'not a module'
import anything_at_all
print(anything_at_all)
builtins.__import__ = real
print(calls)
del builtins.__import__
try:
    import os
except ImportError as e:
    print(type(e).__name__, e)
builtins.__import__ = real

# the parent as sys.modules holds it once the child has run
write('repl_pkg/__init__.py', '')
write('repl_pkg/child.py', 'import sys\nsys.modules.pop(__package__)\nfrom . import other\n')
write('repl_pkg/other.py', 'X = 1\n')
import repl_pkg.child
print(type(repl_pkg.child).__name__, repl_pkg.other.X, sys.modules['repl_pkg'] is repl_pkg)

# a parent that refuses attributes
write('stubborn/__init__.py', '''import sys, types
class Stubborn(types.ModuleType):
    def __setattr__(self, name, value):
        raise AttributeError(name)
sys.modules[__name__].__class__ = Stubborn
''')
write('stubborn/x.py', 'Y = 2\n')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    from stubborn import x
print(x.Y, [(c.category.__name__, str(c.message)) for c in w])

# a submodule read through its package while it loads
write('circ/__init__.py', '')
write('circ/parent/__init__.py', 'import circ.parent.child\n')
write('circ/parent/child.py', 'import circ.parent\ncirc.parent\n')
try:
    import circ.parent
except AttributeError as e:
    print('AttributeError:', e)

# from m import * with names that are not str
write('badall.py', "__all__ = ['ok', b'bytes']\nok = 1\n")
write('baddict.py', "globals()[b'key'] = 1\n")
for mod in ('badall', 'baddict'):
    g = {}
    try:
        exec(f'from {mod} import *', g)
    except TypeError as e:
        print('TypeError:', e, sorted(k for k in g if k != '__builtins__'))
ns = types.SimpleNamespace(a=1, _b=2)
sys.modules['nsmod'] = ns
g = {}
exec('from nsmod import *', g)
print(sorted(k for k in g if k != '__builtins__'))
sys.modules['nomod'] = 42
try:
    exec('from nomod import *', {})
except ImportError as e:
    print('ImportError:', e)

# frozen objects
for args in [('x',), ('x', b''), ('x', b'\xe9\0\0\0'), ('x', bytearray(b'N')), ('x', 5)]:
    try:
        _imp.get_frozen_object(*args)
    except (ImportError, TypeError) as e:
        print(type(e).__name__, e, getattr(e, 'name', None))

# names in messages
for name in ['no_such\udcff', "quote'd", 'os.nothing', 'json.decoder.deeper']:
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e, repr(e.name))

import shutil
shutil.rmtree(root)

# module objects made by hand
m = types.ModuleType.__new__(types.ModuleType)
print(repr(m), m.__dict__, dir(m))
try:
    m.missing
except AttributeError as e:
    print('AttributeError:', e)
print(types.ModuleType('made', 'doc').__dict__)
for args, kw in [((), {}), ((1,), {}), (('a', 'b', 'c'), {}), ((), {'name': 'kw'})]:
    try:
        print(types.ModuleType(*args, **kw).__dict__)
    except TypeError as e:
        print('TypeError:', e)
