# sys.tracebacklimit as the interpreter's traceback printer reads it (ints of any size, bools, other
# types), the message of sys.exit(str) written through sys.stderr (its encoding, backslashreplace), and
# PRINT_EXPR without sys.displayhook.
import os, subprocess, sys

code = '''if 1:
    import sys
    def f1():
        1 / 0
    def f2():
        f1()
    sys.tracebacklimit = %s
    f2()
'''
for limit in ['10', '2', '1', '0', '-1', '1 << 1000', '-1 << 1000', 'True', 'False', 'None', '"3"', '2.5']:
    r = subprocess.run([sys.executable, '-c', code % limit], stderr=subprocess.PIPE)
    print(limit, r.returncode, r.stderr.decode().splitlines())

for message, enc in [('h\\xe9', 'latin-1'), ('h\\xe9', 'ascii'), ('\\u20ac', 'latin-1'), ('s:\\udcff', 'utf-8')]:
    env = dict(os.environ, PYTHONIOENCODING=enc)
    r = subprocess.run([sys.executable, '-c', f'import sys; sys.exit("{message}")'], stderr=subprocess.PIPE, env=env)
    print(enc, r.returncode, r.stderr)

saved = sys.displayhook
del sys.displayhook
try:
    eval(compile('42', '<string>', 'single'))
except RuntimeError as e:
    print('RuntimeError:', e)
sys.displayhook = None
try:
    eval(compile('42', '<string>', 'single'))
except TypeError as e:
    print('TypeError:', e)
sys.displayhook = saved
