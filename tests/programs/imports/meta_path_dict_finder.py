# A meta path finder serving modules and a package from a dict (importlib.abc.MetaPathFinder + Loader):
# the arguments it is called with, module attributes from its spec, errors, legacy find_module, an empty
# or None sys.meta_path.
import sys
import importlib.abc, importlib.util, importlib.machinery

SOURCES = {
    'virt': 'X = 1\nprint("exec virt", __name__, __spec__.name, __spec__.origin, __loader__.__class__.__name__)\n',
    'vpkg': 'print("exec vpkg", __path__, __package__)\n',
    'vpkg.sub': 'from . import helper\nY = helper.Z + 1\n',
    'vpkg.helper': 'Z = 41\n',
    'boom': 'raise ValueError("boom at import")\n',
}

class DictFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def __init__(self):
        self.calls = []
    def find_spec(self, fullname, path, target=None):
        self.calls.append((fullname, path if path is None else list(path), target))
        if fullname not in SOURCES:
            return None
        is_pkg = fullname == 'vpkg'
        return importlib.util.spec_from_loader(fullname, self, origin='dict:' + fullname, is_package=is_pkg)
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        exec(SOURCES[module.__spec__.name], module.__dict__)

f = DictFinder()
sys.meta_path.insert(0, f)
import virt
print(virt.X, virt.__file__ if hasattr(virt, '__file__') else 'nofile', virt.__loader__ is f)
import vpkg.sub
print(vpkg.sub.Y, vpkg.__path__, vpkg.sub.__package__, vpkg.helper.Z)
try:
    import boom
except ValueError as e:
    print('ValueError', e, 'boom' in sys.modules)
try:
    import nosuch_mod_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
import json
print([c for c in f.calls if c[0] in ('virt', 'vpkg.sub', 'json')])
sys.meta_path.remove(f)

class Raiser:
    @classmethod
    def find_spec(cls, name, path, target=None):
        if name == 'trigger_err':
            raise RuntimeError('finder failed for ' + name)
        return None
sys.meta_path.append(Raiser)
try:
    import trigger_err
except RuntimeError as e:
    print('RuntimeError', e)
import string
print(string.__name__)

class Legacy:
    def find_module(self, name, path=None):
        if name == 'legacy_mod':
            return self
        return None
    def load_module(self, name):
        import types
        m = types.ModuleType(name)
        m.VALUE = 'legacy'
        sys.modules[name] = m
        return m
import warnings
sys.meta_path.insert(0, Legacy())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    import legacy_mod
    print(legacy_mod.VALUE, [str(x.message) for x in w], [x.category.__name__ for x in w])
del sys.meta_path[0]
saved = sys.meta_path[:]
sys.meta_path[:] = []
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    try:
        import not_there_at_all
    except ImportError as e:
        print(type(e).__name__, e)
    print([str(x.message) for x in w])
sys.meta_path[:] = saved
sys.meta_path = None
try:
    import neither_here
except ImportError as e:
    print(type(e).__name__, e)
sys.meta_path = saved
import importlib
print(importlib.invalidate_caches())
