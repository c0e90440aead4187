# Errors from finders and loaders written in Python: exceptions propagate, a failed exec_module leaves
# nothing in sys.modules, a loader without exec_module falls back to load_module with an ImportWarning,
# a spec without a loader, create_module returning a module, sys.modules replaced during exec.
import sys, types, warnings, importlib.abc, importlib.util, importlib.machinery

class Finder(importlib.abc.MetaPathFinder):
    def __init__(self, table):
        self.table = table
    def find_spec(self, name, path, target=None):
        entry = self.table.get(name)
        if entry is None:
            return None
        if entry == 'raise':
            raise LookupError('finder cannot decide about ' + name)
        if entry == 'noloader':
            return importlib.machinery.ModuleSpec(name, None)
        return importlib.util.spec_from_loader(name, entry)

class FailingLoader(importlib.abc.Loader):
    def exec_module(self, module):
        module.partial = True
        raise ZeroDivisionError('exec failed')

class OldLoader:
    def load_module(self, name):
        m = types.ModuleType(name)
        m.how = 'load_module'
        sys.modules[name] = m
        return m

class CustomCreate(importlib.abc.Loader):
    def create_module(self, spec):
        m = types.ModuleType('ignored_name')
        m.created = True
        return m
    def exec_module(self, module):
        module.executed = (module.__name__, module.__spec__.name)

class Replacer(importlib.abc.Loader):
    def exec_module(self, module):
        sys.modules[module.__name__] = 'a replacement object'

class BadCreate(importlib.abc.Loader):
    def exec_module(self, module):
        pass
    def create_module(self, spec):
        raise RuntimeError('cannot create')

f = Finder({'e_raise': 'raise', 'e_fail': FailingLoader(), 'e_old': OldLoader(), 'e_noloader': 'noloader',
            'e_create': CustomCreate(), 'e_replace': Replacer(), 'e_badcreate': BadCreate()})
sys.meta_path.insert(0, f)

for name in ['e_raise', 'e_fail', 'e_noloader', 'e_badcreate']:
    try:
        __import__(name)
    except Exception as e:
        print(name, type(e).__name__, e, getattr(e, 'name', '-'), name in sys.modules)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    import e_old
    print(e_old.how, [(x.category.__name__, str(x.message)) for x in w])

import e_create
print(e_create.created, e_create.executed, e_create.__name__)
import e_replace
print(e_replace)

# from-import of a missing name of a module a finder provided
try:
    from e_create import missing_name
except ImportError as e:
    print(type(e).__name__, e)

# The finder is asked with the parent's __path__ for a submodule.
class PathPrinter:
    def find_spec(self, name, path, target=None):
        if name.startswith('json.'):
            print('asked for', name, type(path).__name__, len(path))
        return None
sys.meta_path.insert(0, PathPrinter())
import json.decoder
import json.tool
sys.meta_path.pop(0)
sys.meta_path.remove(f)
print(sorted(k for k in sys.modules if k.startswith('e_')))
