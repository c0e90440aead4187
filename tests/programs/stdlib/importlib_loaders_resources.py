# The loaders of imported modules: importlib.resources.files() of a package, pkgutil.get_data, get_source
# (with linecache's lazy lines), spec_from_file_location + exec_module, runpy.
import importlib.util, importlib.resources, pkgutil, inspect, sys, os, linecache, tempfile, runpy
d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, 'pkgr'))
with open(os.path.join(d, 'pkgr', '__init__.py'), 'w') as f:
    f.write('X = 1\n')
with open(os.path.join(d, 'pkgr', 'data.txt'), 'w') as f:
    f.write('hello data\n')
with open(os.path.join(d, 'pkgr', 'other.py'), 'w') as f:
    f.write('def h():\n    return __name__\n')
with open(os.path.join(d, 'pkgr', 'mod.py'), 'wb') as f:
    f.write(b'# -*- coding: latin-1 -*-\r\ndef g():\r\n    return "\xe9"\r\n')
sys.path.insert(0, d)
spec = importlib.util.spec_from_file_location('loaded_mod', os.path.join(d, 'pkgr', 'mod.py'))
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
print(m.g(), type(spec.loader).__name__)
import pkgr.mod
print(importlib.resources.files('pkgr').joinpath('data.txt').read_text())
print(sorted(p.name for p in importlib.resources.files('pkgr').iterdir() if not p.name.startswith('__')))
print(pkgutil.get_data('pkgr', 'data.txt'))
print(inspect.getsource(pkgr.mod.g))
loader = pkgr.mod.__spec__.loader
print(repr(loader.get_source('pkgr.mod')), repr(loader.get_source(None)))
try:
    loader.get_source('other')
except ImportError as e:
    print('ImportError', e, e.name)
print(linecache.lazycache('/nonexistent/file.py', vars(pkgr.mod)), repr(linecache.getline('/nonexistent/file.py', 2)))
print(runpy.run_path(os.path.join(d, 'pkgr', 'mod.py'))['g']())
print(runpy.run_module('pkgr.other')['h'](), 'pkgr.other' in sys.modules)
print(pkgr.mod.__loader__.get_code('pkgr.mod').co_filename == pkgr.mod.__file__)
import shutil
shutil.rmtree(d)
