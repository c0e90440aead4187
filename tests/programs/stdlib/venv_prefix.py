# A virtual environment made by `-m venv`: its interpreter takes the environment's directory as sys.prefix,
# puts its site-packages on sys.path (not the system's), and -S leaves sys.prefix alone.
import os
import shutil
import subprocess
import sys
import tempfile

d = os.path.realpath(tempfile.mkdtemp())
env_dir = os.path.join(d, 'env')
subprocess.run([sys.executable, '-m', 'venv', '--without-pip', env_dir], check=True)
print(sorted(os.listdir(env_dir)))
cfg = open(os.path.join(env_dir, 'pyvenv.cfg')).read()
print([line.split(' = ')[0] for line in cfg.splitlines()])
site_packages = os.path.join(env_dir, 'lib', 'python3.11', 'site-packages')
print(os.path.isdir(site_packages))
with open(os.path.join(site_packages, 'venvmod.py'), 'w') as f:
    f.write('X = 42\n')
python = os.path.join(env_dir, 'bin', 'python')
code = '''
import sys, site, venvmod
print(sys.prefix == sys.exec_prefix == %r, sys.base_prefix != sys.prefix, venvmod.X)
print(sys.path[-1] == %r, any('site-packages' in p and not p.startswith(%r) for p in sys.path))
print(site.PREFIXES == [sys.prefix], site.ENABLE_USER_SITE, sys.executable == %r)
''' % (env_dir, site_packages, env_dir, python)
r = subprocess.run([python, '-c', code], capture_output=True, text=True)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run([python, '-S', '-c', 'import sys; print(sys.prefix == sys.base_prefix)'], capture_output=True, text=True)
print(r.returncode, r.stdout, r.stderr)
shutil.rmtree(d)
