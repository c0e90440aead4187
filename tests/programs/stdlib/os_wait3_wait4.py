# os.wait3/os.wait4: waitpid's answer with the child's resource use, a resource.struct_rusage.
import os
import subprocess
import sys

p = subprocess.Popen([sys.executable, '-c', 'import sys; sum(range(10**6)); sys.exit(3)'])
pid, status, ru = os.wait4(p.pid, 0)
print(pid == p.pid, os.waitstatus_to_exitcode(status), type(ru).__module__, type(ru).__name__, len(ru))
print(ru.ru_utime + ru.ru_stime > 0, ru.ru_minflt > 0, ru.ru_maxrss >= 0, isinstance(ru.ru_utime, float))

p = subprocess.Popen(['sleep', '0.3'])
print(os.wait3(os.WNOHANG))
pid, status, ru = os.wait3(0)
print(pid == p.pid, os.waitstatus_to_exitcode(status))

p = subprocess.Popen(['sh', '-c', 'kill -9 $$'])
pid, status, ru = os.wait4(p.pid, options=0)
print(pid == p.pid, os.waitstatus_to_exitcode(status))

for f, args in [(os.wait3, (0,)), (os.wait4, (12345, 0)), (os.wait4, (-1, 0))]:
    try:
        f(*args)
    except ChildProcessError as e:
        print(f.__name__, e)

# waitstatus_to_exitcode: exited, killed, stopped, and statuses no process has.
for s in (0x137f, 0x007f, 0x00ff, 0x01ff, 0x0300, 0x0009, 0x0089, 0xffff):
    try:
        print(hex(s), os.waitstatus_to_exitcode(s))
    except ValueError as e:
        print(hex(s), e)
