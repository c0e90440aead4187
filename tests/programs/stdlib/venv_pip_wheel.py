# pip in a virtual environment made by `-m venv` (ensurepip installs it from the bundled wheels, with no
# network): it installs a wheel built here, the environment's interpreter imports it, pip uninstalls it.
import base64
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

d = os.path.realpath(tempfile.mkdtemp())
env = dict(os.environ, PIP_NO_INDEX='1', PIP_DISABLE_PIP_VERSION_CHECK='1', PIP_CONFIG_FILE=os.devnull)
env_dir = os.path.join(d, 'env')
r = subprocess.run([sys.executable, '-m', 'venv', env_dir], env=env, capture_output=True, text=True)
print('venv', r.returncode, r.stderr)
python = os.path.join(env_dir, 'bin', 'python')

files = {
    'hello_pkg/__init__.py': b'def hi():\n    return "hi from hello_pkg"\n',
    'hello_pkg-0.1.dist-info/METADATA': b'Metadata-Version: 2.1\nName: hello_pkg\nVersion: 0.1\n',
    'hello_pkg-0.1.dist-info/WHEEL': b'Wheel-Version: 1.0\nGenerator: hand\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
}
record = ''.join('%s,sha256=%s,%d\n' % (n, base64.urlsafe_b64encode(hashlib.sha256(b).digest()).rstrip(b'=').decode(), len(b))
                 for n, b in files.items()) + 'hello_pkg-0.1.dist-info/RECORD,,\n'
wheel = os.path.join(d, 'hello_pkg-0.1-py3-none-any.whl')
with zipfile.ZipFile(wheel, 'w') as z:
    for n, b in files.items():
        z.writestr(n, b)
    z.writestr('hello_pkg-0.1.dist-info/RECORD', record)

def run(*args):
    r = subprocess.run([python, *args], env=env, capture_output=True, text=True)
    return r.returncode, r.stdout.strip().splitlines()[-1:], r.stderr.strip().splitlines()[-1:]

print(run('-m', 'pip', 'install', wheel))
print(run('-c', 'import hello_pkg; print(hello_pkg.hi())'))
print(run('-m', 'pip', 'uninstall', '-y', 'hello_pkg'))
print(run('-c', 'import hello_pkg'))
shutil.rmtree(d)
