# Popen directly: streaming pipes, poll/wait, signals, pass_fds, communicate with large data both ways.
import os
import select
import signal
import subprocess
import sys

p = subprocess.Popen(['sh', '-c', 'echo one; echo two; echo three'], stdout=subprocess.PIPE)
for line in p.stdout:
    print(line)
p.stdout.close()
print(p.wait(), p.returncode, p.poll())

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b'through cat\n')
p.stdin.close()
print(p.stdout.read())
p.stdout.close()
print(p.wait())

with subprocess.Popen(['sleep', '10']) as p:
    print(p.poll())
    print(os.waitpid(p.pid, os.WNOHANG))
    os.kill(p.pid, 0)
    p.terminate()
    print(p.wait())
with subprocess.Popen(['sleep', '10']) as p:
    p.send_signal(signal.SIGINT)
    print(p.wait())
p = subprocess.Popen(['sleep', '10'])
p.kill()
print(p.wait(), p.returncode)
p.kill()  # already waited: nothing happens

# 1 MB both ways through cat, with stderr too (three pipes: communicate polls).
data = bytes(range(256)) * 4096
p = subprocess.Popen(['sh', '-c', 'cat; echo done >&2'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(data)
print(len(out), out == data, err, p.returncode)

# A child writing a lot before it reads anything.
p = subprocess.Popen(['sh', '-c', 'head -c 300000 /dev/zero; cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(b'y' * 300000)
print(len(out), out.count(b'\0'), out.count(b'y'))

out = subprocess.run(['head', '-c', '1000000', '/dev/zero'], capture_output=True).stdout
print(len(out))

p = subprocess.Popen(['sh', '-c', 'echo slow; sleep 5'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print('timeout, output so far:', e.output)
p.kill()
out, err = p.communicate()
print(out, err, p.returncode)

# pass_fds: the child writes to a descriptor of ours.
r, w = os.pipe()
subprocess.run([sys.executable, '-c', 'import os, sys; os.write(int(sys.argv[1]), b"via fd")', str(w)], pass_fds=(w,))
os.close(w)
print(os.read(r, 100))
os.close(r)
# Without pass_fds the descriptor is not inherited.
r, w = os.pipe()
print(subprocess.run([sys.executable, '-c', 'import os, sys; os.write(int(sys.argv[1]), b"x")', str(w)], stderr=subprocess.DEVNULL).returncode)
os.close(w)
os.close(r)

# select on a child's output.
p = subprocess.Popen(['sh', '-c', 'sleep 0.2; echo late'], stdout=subprocess.PIPE)
print(select.select([p.stdout], [], [], 0) [0] == [])
print(select.select([p.stdout], [], [], 5)[0] == [p.stdout])
print(p.stdout.readline())
p.stdout.close()
p.wait()

# waitpid and the status macros.
p = subprocess.Popen(['sh', '-c', 'exit 42'])
pid, status = os.waitpid(p.pid, 0)
print(pid == p.pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
try:
    os.waitpid(p.pid, 0)
except ChildProcessError as e:
    print('ChildProcessError', e.errno)
p = subprocess.Popen(['sleep', '10'])
os.kill(p.pid, signal.SIGKILL)
pid, status = os.waitpid(p.pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
p.returncode = 0

# Environment changes reach children.
os.environ['TYPHON_TEST_VAR'] = 'visible'
print(subprocess.run(['sh', '-c', 'echo $TYPHON_TEST_VAR'], capture_output=True).stdout)
# A Python child sees arguments and exit status.
r = subprocess.run([sys.executable, '-c', 'import sys; print(sys.argv[1:]); sys.exit(3)', 'a', 'b c'], capture_output=True, text=True)
print(r.stdout, r.returncode)
