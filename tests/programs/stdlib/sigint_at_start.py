# SIGINT sent to a child as soon as it has written its first line (before it could have paused once)
# raises KeyboardInterrupt there, as CPython's handler is installed before the program runs.
import signal
import subprocess
import sys

code = 'import sys, time\nsys.stdout.write("x\\n")\nsys.stdout.flush()\ntime.sleep(30)\n'
for _ in range(3):
    p = subprocess.Popen([sys.executable, '-c', code], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.read(1)
    p.send_signal(signal.SIGINT)
    out, err = p.communicate()
    print(p.returncode, err.decode().splitlines()[-1:])
