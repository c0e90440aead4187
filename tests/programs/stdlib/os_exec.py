# os.exec*: the program replaces the Python one, which runs nothing more (its buffered output is lost), and
# the process ends as the program does. Each case runs in a child interpreter.
import os
import subprocess
import sys


ENV = {k: v for k, v in os.environ.items() if k != 'PYTHONUNBUFFERED'}


def run(code, **kw):
    r = subprocess.run([sys.executable, '-c', code], capture_output=True, timeout=30, env=ENV, **kw)
    print(repr(r.stdout), repr(r.stderr[-200:]), r.returncode)


run('import os; print("lost"); os.execv("/bin/echo", ["echo", "replaced"])')
run('import os, sys; print("flushed", flush=True); os.execvp("sh", ["sh", "-c", "echo $0; exit 3"])')
run('import os, atexit; atexit.register(print, "atexit"); os.execve("/bin/sh", ["sh", "-c", "echo $FOO"], {"FOO": "bar"})')
run('import os; os.execl("/bin/sh", "sh", "-c", "kill -TERM $$")')
run('import os; os.execlp("sh", "sh", "-c", "kill -KILL $$")')
run('import os; os.execvpe("sh", ["sh", "-c", "echo ${A}${B}"], {"A": "1", "B": "2", "PATH": os.environ["PATH"]})')
run('import os; fd = os.open("/bin/sh", os.O_RDONLY); os.execve(fd, ["sh", "-c", "echo by descriptor"], {})')
run('import os, sys; os.execv(sys.executable, [sys.executable, "-c", "import sys; print(sys.argv); sys.exit(7)", "arg"])')
# An inheritable descriptor is the program's too.
r, w = os.pipe()
run(f'import os; os.set_inheritable({w}, True); os.execv("/bin/sh", ["sh", "-c", "echo through the pipe > /proc/self/fd/{w}"])', pass_fds=[w])
os.close(w)
print(os.read(r, 100))
os.close(r)

# Errors leave the Python program running.
for args in [('/nonexistent', ['x']), ('/bin/true', []), ('/bin/true', ['']), ('/bin/true', 'ab'), ('/bin/true', [1]),
             ('/tmp', ['x'])]:
    try:
        os.execv(*args)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'filename', None))
for args in [('/bin/true', ['x'], []), ('/bin/true', ['x'], {'A=': '1'}), ('/bin/true', ['x'], {'A\0': '1'}),
             ('/nonexistent', ['x'], {}), ('/bin/true', ['x'], 1)]:
    try:
        os.execve(*args)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'filename', None))
try:
    os.execvp('no-such-program-here', ['x'])
except Exception as e:
    print(type(e).__name__, e)
