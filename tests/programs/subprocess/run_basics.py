# subprocess.run and friends with deterministic children: output capture, exit status, shell, stderr
# redirection, cwd, env, input, text mode.
import os
import subprocess
import sys

r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r.args, r.returncode, r.stdout, r.stderr)
print(subprocess.run(['sh', '-c', 'exit 3']).returncode)
print(subprocess.run('exit 7', shell=True).returncode)
print(subprocess.check_output(['printf', '%s-%s\\n', 'a', 'b']))
print(subprocess.check_output('echo out; echo err >&2', shell=True, stderr=subprocess.STDOUT))
r = subprocess.run(['sh', '-c', 'echo out; echo err >&2'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(r.stdout, r.stderr)
r = subprocess.run(['sh', '-c', 'echo err >&2'], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print(r.stdout, r.stderr)
print(subprocess.run(['cat'], input=b'fed through stdin\n', capture_output=True).stdout)
print(subprocess.run(['tr', 'a-z', 'A-Z'], input='text mode\n', capture_output=True, text=True).stdout, end='')
print(repr(subprocess.run(['printf', 'a\\r\\nb\\rc\\n'], capture_output=True, universal_newlines=True).stdout))
print(repr(subprocess.run(['printf', 'a\\r\\nb\\n'], capture_output=True).stdout))
print(subprocess.run(['pwd'], capture_output=True, cwd='/', text=True).stdout, end='')
print(subprocess.run(['sh', '-c', 'echo "$FOO"'], capture_output=True, env={'FOO': 'from env', 'PATH': os.environ['PATH']}).stdout)
print(subprocess.run(['sh', '-c', 'echo $0 $1 $2', 'zero', 'one', 'two two'], capture_output=True).stdout)
print(subprocess.getoutput('echo getoutput; exit 4'), subprocess.getstatusoutput('echo s; exit 4'))
print(subprocess.call(['true']), subprocess.call(['false']), subprocess.check_call(['true']))
out = subprocess.run([sys.executable, '-c', 'import sys; print(sum(range(10))); sys.exit(5)'], capture_output=True, text=True)
print(out.stdout, out.returncode)
out = subprocess.run([sys.executable, '-c', 'import sys; print(sys.stdin.read().upper())'], input='piped', capture_output=True, text=True)
print(out.stdout, end='')
sys.stdout.flush()
# Inherited stdout: the child writes straight to our fd 1.
subprocess.run(['echo', 'inherited stdout'])
print(subprocess.run(['echo', 'bytes', b'arg'], capture_output=True).stdout)
print(subprocess.run(['ls', os.path.basename(__file__)], capture_output=True).stdout)
