# A thread importing a module whose code another thread is running waits until it has run (importlib's
# module locks), instead of getting the partly initialised module.
import os, sys, tempfile, threading, time
d = tempfile.mkdtemp()
with open(os.path.join(d, 'slowmod_ci.py'), 'w') as f:
    f.write("import time\nprint('slowmod starts')\ntime.sleep(0.05)\nX = 42\nprint('slowmod done')\n")
os.mkdir(os.path.join(d, 'pkgslow_ci'))
with open(os.path.join(d, 'pkgslow_ci', '__init__.py'), 'w') as f:
    f.write("import time\ntime.sleep(0.03)\nY = 'pkg'\n")
with open(os.path.join(d, 'pkgslow_ci', 'sub.py'), 'w') as f:
    f.write("Z = 'sub'\n")
sys.path.insert(0, d)
sys.dont_write_bytecode = True
res = []
def worker():
    import slowmod_ci
    res.append(('worker', slowmod_ci.X))
    from pkgslow_ci import sub
    res.append(('worker sub', sub.Z))
t = threading.Thread(target=worker)
t.start()
time.sleep(0.01)
import slowmod_ci
res.append(('main', slowmod_ci.X))
import pkgslow_ci
res.append(('main pkg', pkgslow_ci.Y))
t.join()
print(sorted(res))
import shutil
shutil.rmtree(d)
