# sys.path_hooks keeps its entries when zipimport is first imported (CPython imports it at start-up), and a
# zip on sys.path is still served by the zip hook afterwards.
import sys, os, tempfile, zipfile
before = sys.path_hooks[:]
print([getattr(h, '__qualname__', h) for h in before])
import zipimport
print(sys.path_hooks == before, len(sys.path_hooks))
d = tempfile.mkdtemp()
z = os.path.join(d, 'lib.zip')
with zipfile.ZipFile(z, 'w') as f:
    f.writestr('zipped_mod.py', 'X = 42\n')
sys.path.insert(0, z)
import zipped_mod
print(zipped_mod.X, type(zipped_mod.__loader__).__name__, isinstance(zipped_mod.__loader__, zipimport.zipimporter))
print(sys.path_hooks == before)
os.remove(z)
os.rmdir(d)
