# os.spawn*: run a program and wait for it (P_WAIT: its exit code, minus the signal that killed it) or not
# (P_NOWAIT: its pid, for os.waitpid); a program that cannot be run ends with status 127.
import os
import sys

print(os.P_WAIT, os.P_NOWAIT, os.P_NOWAITO)
print(os.spawnv(os.P_WAIT, '/bin/sh', ['sh', '-c', 'exit 5']))
print(os.spawnl(os.P_WAIT, '/bin/sh', 'sh', '-c', 'kill -TERM $$'))
print(os.spawnlp(os.P_WAIT, 'sh', 'sh', '-c', 'exit 0'))
print(os.spawnvpe(os.P_WAIT, 'sh', ['sh', '-c', 'test "$X" = 1'], {'X': '1', 'PATH': os.environ['PATH']}))
print(os.spawnle(os.P_WAIT, '/bin/sh', 'sh', '-c', 'test "$X" = 2', {'X': '1'}))
print(os.spawnv(os.P_WAIT, '/nonexistent', ['x']))
print(os.spawnvp(os.P_WAIT, 'no-such-program-here', ['x']))
print(os.spawnve(os.P_WAIT, sys.executable, [sys.executable, '-c', 'pass'], {'A\0B': '1'}))
pid = os.spawnv(os.P_NOWAIT, sys.executable, [sys.executable, '-c', 'import sys; sys.exit(3)'])
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.waitstatus_to_exitcode(status))
pid = os.spawnv(os.P_NOWAIT, '/nonexistent', ['x'])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
for args in [(os.P_WAIT, '/bin/sh', 'ab'), (os.P_WAIT, '/bin/sh', []), (os.P_WAIT, '/bin/sh', [''])]:
    try:
        os.spawnv(*args)
    except Exception as e:
        print(type(e).__name__, e)
sys.stdout.flush()
os.spawnlp(os.P_WAIT, 'echo', 'echo', 'shares stdout')
