# python -m cProfile on a script: the report (its times left out), -o FILE read back with pstats, and
# the usage errors. Rows are sorted here: ties in the report's own order are unspecified.
import os
import pstats
import re
import subprocess
import sys
import tempfile

SCRIPT = '''
import sys
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def gen():
    yield from range(3)
print(fib(10), list(gen()), sys.argv[1:], __name__)
'''


def run(*args, cwd=None):
    return subprocess.run([sys.executable, '-m', 'cProfile', *args], capture_output=True, text=True, cwd=cwd)


with tempfile.TemporaryDirectory() as d:
    script = os.path.join(d, 'script.py')
    with open(script, 'w') as f:
        f.write(SCRIPT)
    r = run('-s', 'calls', script, 'a1', 'a2')
    print(r.returncode, r.stderr)
    lines = r.stdout.splitlines()
    print(lines[0])
    print(re.sub(r'in [0-9.]+ seconds', 'in T seconds', lines[1]))
    print(lines[3])
    rows = []
    for line in lines[4:]:
        m = re.match(r'\s+(\S+)\s+\S+\s+\S+\s+\S+\s+\S+\s+(.*)$', line)
        if m:
            rows.append((m.group(2).replace(d + os.sep, ''), m.group(1)))
    for row in sorted(rows):
        print(*row)

    out = os.path.join(d, 'out.prof')
    r = run('-o', out, script)
    print(r.returncode, repr(r.stdout), repr(r.stderr))
    st = pstats.Stats(out)
    print(st.total_calls, st.prim_calls)
    for (filename, line, name), (cc, nc, tt, ct, callers) in sorted(st.stats.items()):
        print(os.path.basename(filename), line, name, cc, nc, sorted(c[2] for c in callers))

    # -m: a module run as __main__ (the import machinery's own rows are left out).
    with open(os.path.join(d, 'mod.py'), 'w') as f:
        f.write(SCRIPT)
    r = run('-s', 'calls', '-m', 'mod', 'x', cwd=d)
    lines = r.stdout.splitlines()
    print(r.returncode, lines[0], [line.split()[0] for line in lines if 'mod.py:3(fib)' in line])

r = run('-s', 'demo')
print(r.returncode, r.stdout, r.stderr.splitlines()[-1])
r = run()
print(r.returncode, r.stdout, r.stderr)
