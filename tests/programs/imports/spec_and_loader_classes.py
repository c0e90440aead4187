# Modules imported before importlib (json, a user module, a package) and after it have importlib's own
# ModuleSpec and loaders: isinstance, equality with find_spec's, their attributes, reload, get_source.
import sys, os, tempfile
tmp = tempfile.mkdtemp()
sys.path.insert(0, tmp)
with open(os.path.join(tmp, 'early.py'), 'w') as f:
    f.write('def f():\n    return "early.f"\n')
os.mkdir(os.path.join(tmp, 'pkg'))
with open(os.path.join(tmp, 'pkg', '__init__.py'), 'w') as f:
    f.write('X = 1\n')
with open(os.path.join(tmp, 'pkg', 'data.txt'), 'w') as f:
    f.write('some data\n')
with open(os.path.join(tmp, 'late.py'), 'w') as f:
    f.write('Y = 2\n')
import json, early, pkg
import importlib, importlib.machinery, importlib.util, importlib.abc, importlib.resources
import late
import inspect, pkgutil

def show(m):
    s = m.__spec__
    print(m.__name__, type(s).__name__, isinstance(s, importlib.machinery.ModuleSpec),
          isinstance(m.__loader__, importlib.machinery.SourceFileLoader), isinstance(m.__loader__, importlib.abc.Loader),
          s.loader is m.__loader__, s == importlib.util.find_spec(m.__name__))
    print('  ', s.name, s.parent, s.has_location, s.origin.replace(tmp, '<tmp>'),
          s.cached.replace(tmp, '<tmp>').replace(sys.implementation.cache_tag, 'TAG'),
          s.submodule_search_locations and [p.replace(tmp, '<tmp>') for p in s.submodule_search_locations])
    print('  ', sorted(vars(s)), sorted(vars(m.__loader__)))

for m in (json, early, pkg, late):
    show(m)
print(repr(early.__spec__).replace(tmp, '<tmp>').split(' at 0x')[0])
print(sys.modules['sys'].__spec__, isinstance(sys.__spec__, importlib.machinery.ModuleSpec))
print(early.__loader__.get_source('early'))
print(inspect.getsource(early.f))
print(early.__loader__.is_package('early'), pkg.__loader__.is_package('pkg'))
print(importlib.resources.files('pkg').joinpath('data.txt').read_text())
print(type(pkgutil.get_loader('early')).__name__)
with open(os.path.join(tmp, 'early.py'), 'w') as f:
    f.write('def f():\n    return "early.f, reloaded"\n# longer\n')
importlib.reload(early)
print(early.f(), type(early.__spec__).__name__, early.__spec__ == importlib.util.find_spec('early'))
code = early.__loader__.get_code('early')
print(type(code).__name__, code.co_filename.replace(tmp, '<tmp>'))

# The bootstrap modules look frozen, as CPython's are.
import _frozen_importlib, _frozen_importlib_external
for m in (_frozen_importlib, _frozen_importlib_external):
    s = m.__spec__
    print(m.__name__, s, s.has_location, s.cached, s.loader_state.origname, m.__loader__ is s.loader,
          '__cached__' in vars(m), m.__file__ == s.loader_state.filename)
