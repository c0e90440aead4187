# How subprocess reports failures: missing executable (path and PATH search), a bad cwd, a file that is not
# executable, non-zero exits with check=True, timeouts.
import os
import subprocess
import sys
import tempfile

def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print('ok', r if not isinstance(r, subprocess.CompletedProcess) else r.returncode)
    except subprocess.TimeoutExpired as e:
        print('TimeoutExpired', e.cmd, e.timeout is not None, e.output, e.stderr)
    except subprocess.CalledProcessError as e:
        print(type(e).__name__, e, repr(e.output), repr(e.stderr))
    except OSError as e:
        name = os.path.basename(e.filename) if isinstance(e.filename, str) else e.filename
        print(type(e).__name__, e.errno, e.strerror, name)

attempt(subprocess.run, ['/nonexistent/program'])
attempt(subprocess.run, ['no-such-program-anywhere-xyz', 'arg'])
attempt(subprocess.run, ['true'], cwd='/nonexistent-directory')
attempt(subprocess.run, ['true'], cwd=__file__)
attempt(subprocess.run, ['/etc'])
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'script')
    with open(p, 'w') as f:
        f.write('#!/bin/sh\necho ran\n')
    attempt(subprocess.run, [p])
    os.chmod(p, 0o755)
    attempt(subprocess.check_output, [p])
    attempt(subprocess.check_output, ['./script'], cwd=d)
attempt(subprocess.check_call, ['false'])
attempt(subprocess.check_output, ['sh', '-c', 'echo partial; exit 2'])
attempt(subprocess.run, ['sh', '-c', 'echo o; echo e >&2; exit 9'], capture_output=True, check=True)
attempt(subprocess.run, ['sh', '-c', 'kill -TERM $$'], check=True)
attempt(subprocess.run, ['sleep', '5'], timeout=0.2)
attempt(subprocess.run, ['sh', '-c', 'echo before; exec sleep 5'], timeout=0.5, capture_output=True)
attempt(subprocess.check_output, ['sleep', '5'], timeout=0.2)
p = subprocess.Popen(['sleep', '5'])
attempt(p.wait, timeout=0.1)
p.kill()
print(p.wait())
attempt(subprocess.run, 'exit 1', shell=True, check=True)
