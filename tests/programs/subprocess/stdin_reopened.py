# A child that opens /dev/stdin (a new open of its pipe) after the parent has closed the write end: with
# an anonymous pipe that open returns at once and reads what was written, then EOF.
import os
import subprocess
import sys

for n in (0, 10, 70000):
    r = subprocess.run(['cat', '/dev/stdin'], input=b'y' * n, capture_output=True, timeout=20)
    print('cat', n, len(r.stdout), r.returncode)

p = subprocess.Popen(['sh', '-c', 'sleep 0.2; cat /dev/stdin'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b'written before the open')
p.stdin.close()
print(p.wait(timeout=20), p.stdout.read())
p.stdout.close()

code = 'import sys; data = open("/dev/stdin", "rb").read(); print(len(data), data[:5])'
for data in (b'', b'hello'):
    r = subprocess.run([sys.executable, '-c', code], input=data, capture_output=True, timeout=20)
    print(r.stdout, r.returncode)

# os.pipe() gives an anonymous pipe, as /proc shows it.
r, w = os.pipe()
print(os.readlink(f'/proc/self/fd/{r}').startswith('pipe:['), os.readlink(f'/proc/self/fd/{r}') == os.readlink(f'/proc/self/fd/{w}'))
print(os.path.exists(f'/proc/self/fd/{w}'), os.fstat(r).st_size, os.get_blocking(w))
os.close(w)
with open(f'/proc/self/fd/{r}', 'rb') as f:
    print(f.read())
os.close(r)
