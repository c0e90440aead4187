# `-m venv --copies`: the environment's interpreter is a copy, which still runs and takes the environment
# as its prefix.
import os
import shutil
import subprocess
import sys
import tempfile

d = os.path.realpath(tempfile.mkdtemp())
env_dir = os.path.join(d, 'env')
subprocess.run([sys.executable, '-m', 'venv', '--copies', '--without-pip', env_dir], check=True)
python = os.path.join(env_dir, 'bin', 'python')
print(os.path.islink(python), os.access(python, os.X_OK))
r = subprocess.run([python, '-c', 'import sys; print(sys.prefix == %r, sys.executable == %r)' % (env_dir, python)],
                   capture_output=True, text=True)
print(r.returncode, r.stdout, r.stderr)
shutil.rmtree(d)
