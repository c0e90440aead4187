# Module names may be str subclasses where CPython takes any str: importlib.util.find_spec and runpy through
# _imp (pdb -m passes its _ModuleTarget, a str subclass), and `python -m pdb -m module` runs the module.
import importlib.util, _imp, runpy, subprocess, sys, tempfile, os, shutil
class S(str): pass
print(importlib.util.find_spec(S('json')).name, _imp.is_frozen(S('no_such_mod')), _imp.is_builtin(S('no_such_mod')))
print(runpy._get_module_details(S('textwrap'))[0])
d = tempfile.mkdtemp()
with open(os.path.join(d, 'tmod.py'), 'w') as f:
    f.write('x = 1\nprint("ran", __name__)\n')
r = subprocess.run([sys.executable, '-m', 'pdb', '-m', 'tmod'], input='c\n', capture_output=True, text=True, cwd=d)
print(r.returncode, r.stdout.replace(d, 'D'))
shutil.rmtree(d)
