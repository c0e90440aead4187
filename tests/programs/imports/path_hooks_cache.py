# sys.path_hooks and sys.path_importer_cache: a user hook for its own kind of path entry, consulted once
# per entry (the finder is cached, None included), ImportError meaning "not mine", invalidate_caches.
import sys, os, tempfile, importlib, importlib.abc, importlib.util, importlib.machinery

MODULES = {'dictmod': 'VALUE = "from dict"\n', 'dictpkg': 'NAME = "pkg"\n', 'dictpkg.inner': 'from . import NAME as N\nX = N * 2\n'}
hook_calls = []

class DictEntryFinder(importlib.abc.PathEntryFinder):
    def __init__(self, entry):
        self.entry = entry
    def find_spec(self, fullname, target=None):
        if fullname not in MODULES:
            return None
        return importlib.util.spec_from_loader(fullname, DictLoader(), origin=self.entry + '/' + fullname,
                                               is_package=(fullname == 'dictpkg'))
    def invalidate_caches(self):
        print('invalidate', self.entry)
    def __repr__(self):
        return f'DictEntryFinder({self.entry!r})'

class DictLoader(importlib.abc.Loader):
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        if module.__name__ == 'dictpkg':
            module.__path__.append('dict://pkg')
        exec(MODULES[module.__name__], module.__dict__)

def dict_hook(entry):
    hook_calls.append(entry)
    if not entry.startswith('dict://'):
        raise ImportError('not a dict entry')
    return DictEntryFinder(entry)

sys.path_hooks.insert(0, dict_hook)
sys.path.insert(0, 'dict://root')
import dictmod
print(dictmod.VALUE, dictmod.__spec__.origin, dictmod.__file__ if hasattr(dictmod, '__file__') else '-')
print(sys.path_importer_cache['dict://root'])
n = len(hook_calls)
import dictpkg.inner
print(dictpkg.inner.X, dictpkg.__path__, hook_calls[n:])
print('dict://root' in hook_calls[n:])

# A path entry no hook takes: None in the cache, and the hooks are not asked again.
tmp = tempfile.mkdtemp()
missing = os.path.join(tmp, 'not_yet')
sys.path.append(missing)
try:
    import module_nowhere
except ModuleNotFoundError as e:
    print(e)
print(sys.path_importer_cache[missing])
hook_calls.clear()
try:
    import module_nowhere
except ModuleNotFoundError:
    pass
print(missing in hook_calls)
# Created later: still None until importlib.invalidate_caches() drops the None entries.
os.mkdir(missing)
with open(os.path.join(missing, 'late_mod.py'), 'w') as f:
    f.write('print("late_mod imported")\n')
try:
    import late_mod
except ModuleNotFoundError as e:
    print('before invalidate:', e)
importlib.invalidate_caches()
print(missing in sys.path_importer_cache)
import late_mod
print(type(sys.path_importer_cache[missing]).__name__)

# A finder placed in the cache by hand is used for its entry.
class Fixed:
    def find_spec(self, fullname, target=None):
        if fullname == 'fixed_mod':
            return importlib.util.spec_from_loader(fullname, DictLoader2())
        return None
class DictLoader2:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.X = 'fixed'
sys.path.append('fixed://')
sys.path_importer_cache['fixed://'] = Fixed()
import fixed_mod
print(fixed_mod.X, fixed_mod.__loader__.__class__.__name__)

# The default hooks are CPython's: zipimporter, then FileFinder's.
print(sys.path_hooks[1:][0].__name__ if hasattr(sys.path_hooks[1], '__name__') else sys.path_hooks[1])
print(importlib.machinery.PathFinder in sys.meta_path, [f.__name__ for f in sys.meta_path[-3:]])
print(importlib.machinery.PathFinder.find_spec('dictmod').origin)
print(importlib.util.find_spec('json').name)
# An empty sys.path_hooks warns (ImportWarning) and finds nothing for new entries.
import warnings
saved = sys.path_hooks[:]
sys.path_hooks[:] = []
sys.path.append(os.path.join(tmp, 'other'))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    try:
        import not_anywhere_2
    except ImportError as e:
        print(type(e).__name__, e)
    print(sorted(set(str(x.message) for x in w)))
sys.path_hooks[:] = saved
