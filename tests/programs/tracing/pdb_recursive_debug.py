# pdb's `debug` command (a recursive debugger run through sys.call_tracing from inside the trace function),
# a second Pdb set on a frame an earlier one traced, and `python -m pdb -m pdb` (a str subclass as module name).
import io
import pdb
import re
import subprocess
import sys

def work():
    x = 1
    return x + 1

out = io.StringIO()
p = pdb.Pdb(stdin=io.StringIO('debug doesnotexist\ndebug work()\ns\nn\nc\nc\n'), stdout=out, nosigint=True, readrc=False)
p.reset()
p.run('work()')
print(re.sub(r'0x[0-9a-f]+', '0x...', out.getvalue().replace(__file__, 'FILE')))

out = io.StringIO()
def twice():
    i = 1
    while i <= 2:
        sess = pdb.Pdb(stdin=io.StringIO('continue\n'), stdout=out, nosigint=True, readrc=False)
        sess.set_trace(sys._getframe())
        print('pdb', i, file=out)
        i += 1

twice()
sys.settrace(None)
print(out.getvalue().replace(__file__, 'FILE'))

r = subprocess.run([sys.executable, '-m', 'pdb', '-m', 'pdb'], input='c\nq\n', capture_output=True, text=True)
print(r.returncode, r.stdout.replace(pdb.__file__, 'PDB').splitlines()[:3])
