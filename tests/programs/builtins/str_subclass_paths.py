# A str subclass is a path (pdb's _ScriptTarget): os functions, open(), io.open_code(), os.fspath().
import io
import os
import tempfile

class P(str):
    pass

d = tempfile.mkdtemp()
p = P(os.path.join(d, 'f.txt'))
with open(p, 'w') as f:
    f.write('hi')
print(os.path.exists(p), os.path.isfile(p), os.stat(p).st_size)
with io.open_code(p) as f:
    print(f.read())
print(type(os.fspath(p)).__name__, os.fspath(p) == p)
print(sorted(os.listdir(P(d))))
os.remove(p)
os.rmdir(P(d))
print(os.path.exists(p))
