# Imports from a zip file on sys.path (zipimport): modules, packages, stored and deflated entries, a
# sourceless .pyc, a zip subdirectory as a path entry, and zipimporter's own methods.
import sys, os, tempfile, zipfile, importlib, importlib.util, marshal, zipimport

tmp = tempfile.mkdtemp()
archive = os.path.join(tmp, 'lib.zip')

def show(s):
    return str(s).replace(tmp, '<tmp>')

code = compile('WHAT = "compiled"\n', 'zcompiled.py', 'exec')
pyc = importlib.util.MAGIC_NUMBER + b'\0\0\0\0' + b'\0\0\0\0' + b'\0\0\0\0' + marshal.dumps(code)
with zipfile.ZipFile(archive, 'w') as z:
    z.writestr(zipfile.ZipInfo('zplain.py', (2020, 1, 2, 3, 4, 6)), 'A = 1\nprint("zplain runs as", __name__)\n')
    info = zipfile.ZipInfo('zdeflated.py', (2020, 1, 2, 3, 4, 6))
    info.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(info, 'B = "deflated " * 3\n' + '# padding\n' * 50)
    z.writestr('zpkg/__init__.py', 'from .sub import C\n')
    z.writestr('zpkg/sub.py', 'C = __name__ + " in " + __package__\n')
    z.writestr('zpkg/data.txt', b'some data\n')
    z.writestr('zcompiled.pyc', pyc)
    z.writestr('sub/dir/deep.py', 'D = "deep"\n')

sys.path.insert(0, archive)
import zplain, zdeflated, zpkg, zcompiled
print(zplain.A, show(zplain.__file__), show(zplain.__spec__.origin), zplain.__spec__.name)
print(zdeflated.B.strip())
print(zpkg.C, show(zpkg.__path__), show(zpkg.__file__), zpkg.sub.__package__)
print(zcompiled.WHAT, show(zcompiled.__file__))
print(type(zplain.__loader__).__name__, isinstance(zplain.__loader__, zipimport.zipimporter))
print(show(sys.path_importer_cache[archive]))

z = zipimport.zipimporter(archive)
print(show(z.archive), repr(z.prefix))
print(z.is_package('zpkg'), z.is_package('zplain'))
print(repr(z.get_source('zplain')))
print(z.get_source('zcompiled'))
print(z.get_data(os.path.join(archive, 'zpkg', 'data.txt')))
print(z.get_data('zpkg/data.txt'))
print(show(z.get_filename('zpkg')))
spec = z.find_spec('zpkg')
print(spec.name, show(spec.origin), show(spec.submodule_search_locations))
print(z.find_spec('nothing_here'))
try:
    z.get_data('missing.txt')
except OSError as e:
    print(type(e).__name__, show(e))
try:
    z.is_package('nothing_here')
except zipimport.ZipImportError as e:
    print('ZipImportError', e)

# A directory inside the zip as its own path entry.
sys.path.insert(0, os.path.join(archive, 'sub', 'dir'))
import deep
print(deep.D, show(deep.__file__), show(deep.__loader__.prefix))

# Not a zip: the hook says no, the entry gets no finder.
notzip = os.path.join(tmp, 'plain.txt')
with open(notzip, 'w') as f:
    f.write('not a zip\n')
try:
    zipimport.zipimporter(notzip)
except zipimport.ZipImportError as e:
    print('ZipImportError', show(e))
sys.path.append(notzip)
try:
    import absent_everywhere
except ImportError as e:
    print(e)
print(sys.path_importer_cache[notzip])

import importlib.resources
print(importlib.resources.files('zpkg').joinpath('data.txt').read_text())
