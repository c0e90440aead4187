# importlib.util / importlib.machinery (CPython's _bootstrap on Typhon's _imp and marshal) and marshal.
import importlib
import importlib.machinery
import importlib.util
import marshal
import os
import sys

print(importlib.util.find_spec('json') is not None, importlib.util.find_spec('no_such_module_xyz'))
spec = importlib.util.find_spec('json')
print(spec.name, spec.origin.endswith(os.path.join('json', '__init__.py')), type(spec.loader).__name__, spec.submodule_search_locations is not None)
print(importlib.util.find_spec('sys').origin, importlib.machinery.BuiltinImporter.find_spec('_thread').name)
base = '/tmp/typhon_importlib_%d' % os.getpid()
os.mkdir(base)
try:
    path = os.path.join(base, 'plug.py')
    with open(path, 'w') as f:
        f.write('VALUE = 41 + 1\ndef hello():\n    return "hi from plug"\n')
    spec = importlib.util.spec_from_file_location('plug', path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    print(mod.VALUE, mod.hello(), mod.__spec__.name, mod.__file__ == path, mod.__name__)
    print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES, importlib.util.MAGIC_NUMBER)
    print(os.path.basename(importlib.util.cache_from_source(path)).split('.')[0], importlib.util.source_from_cache(os.path.join(base, '__pycache__', 'plug.cpython-311.pyc')) == path)
    print(importlib.util.resolve_name('.sub', 'pkg'), importlib.util.decode_source(b'x = 1\r\ny = 2\n'))
    sys.path.insert(0, base)
    print(importlib.import_module('plug').VALUE, 'plug' in sys.modules)
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for n in files:
            os.remove(os.path.join(root, n))
        for n in dirs:
            os.rmdir(os.path.join(root, n))
    os.rmdir(base)
value = (1, 2.5, 'text', b'bytes', [None, True, False], {'k': frozenset([3])}, 2 ** 80, -7, 1j, ...)
data = marshal.dumps(value)
print(marshal.loads(data) == value, marshal.loads(data), marshal.version)
code = compile('x = 6 * 7', '<marshal>', 'exec')
ns = {}
exec(marshal.loads(marshal.dumps(code)), ns)
print(ns['x'], type(marshal.loads(marshal.dumps(code))).__name__)
for bad in [object(), len]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    marshal.loads(b'\xff')
except (ValueError, EOFError) as e:
    print(type(e).__name__, e)
