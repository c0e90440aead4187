# An uncaught exception's traceback shows the source line decoded by the file's coding cookie
import os, subprocess, sys, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, 'latin.py')
with open(path, 'w', encoding='iso-8859-1') as f:
    f.write("# -*- coding: iso-8859-1 -*-\nif 1:\n    import traceback\n    raise RuntimeError('h\xe9 ho')\n")
p = subprocess.run([sys.executable, path], capture_output=True)
print(p.returncode)
print(p.stderr.decode('utf-8').replace(d, 'DIR'))
os.remove(path)
os.rmdir(d)
