# Running zip applications (python app.pyz, as made by zipapp) and -m of a module inside a zip on
# PYTHONPATH, with sys.executable.
import os, sys, subprocess, tempfile, zipapp, zipfile

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, 'app')
os.makedirs(os.path.join(src, 'helper'))
with open(os.path.join(src, '__main__.py'), 'w') as f:
    f.write('import sys, helper\n'
            'print("argv", sys.argv)\n'
            'print("path0", sys.path[0])\n'
            'print("file", __file__)\n'
            'print("name", __name__, repr(__package__))\n'
            'print("spec", __spec__.name, __spec__.origin)\n'
            'print("loader", type(__loader__).__name__)\n'
            'print("helper", helper.WHO, helper.__file__)\n')
with open(os.path.join(src, 'helper', '__init__.py'), 'w') as f:
    f.write('WHO = "helper from the zip"\n')
target = os.path.join(tmp, 'app.pyz')
zipapp.create_archive(src, target)
shebang = os.path.join(tmp, 'shebang.pyz')
zipapp.create_archive(src, shebang, interpreter='/usr/bin/env python3')

def run(args, **kw):
    r = subprocess.run([sys.executable] + args, capture_output=True, text=True, cwd=tmp, **kw)
    out = (r.stdout + r.stderr).replace(tmp, '<tmp>').replace(sys.executable, '<python>')
    print('exit', r.returncode)
    print(out, end='')

run(['app.pyz', 'one', 'two'])
run([target])
run(['shebang.pyz'])

# A zip without __main__.py
bare = os.path.join(tmp, 'bare.zip')
with zipfile.ZipFile(bare, 'w') as z:
    z.writestr('modinzip.py', 'import sys\nprint("modinzip as", __name__, sys.argv[0].replace(%r, "<tmp>"))\n' % tmp)
    z.writestr('pkginzip/__init__.py', '')
    z.writestr('pkginzip/__main__.py', 'print("pkginzip.__main__ as", __name__, __spec__.name)\n')
run(['bare.zip'])
env = dict(os.environ, PYTHONPATH=bare)
run(['-m', 'modinzip', 'x'], env=env)
run(['-m', 'pkginzip'], env=env)
run(['-m', 'notinzip'], env=env)
