# Signals' default actions in a child: SIGUSR1 ends the process (node would start its inspector instead),
# SIG_IGN keeps it alive through a SIGTERM, os.getgroups() lists the supplementary groups only.
import subprocess
import sys

def run(code):
    r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)
    return r.returncode, r.stdout.strip()

print(run('import signal; signal.raise_signal(signal.SIGUSR1); print("alive")'))
print(run('import os, signal; os.kill(os.getpid(), signal.SIGUSR1); print("alive")'))
print(run('import os, signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); os.kill(os.getpid(), signal.SIGTERM); time.sleep(0.1); print("alive")'))
print(run('import os, signal, time\nsignal.signal(signal.SIGUSR1, lambda *a: print("handled"))\nos.kill(os.getpid(), signal.SIGUSR1)\ntime.sleep(0.05)\nsignal.signal(signal.SIGUSR1, signal.SIG_DFL)\nos.kill(os.getpid(), signal.SIGUSR1)\nprint("alive")'))
import os
status = open('/proc/self/status').read()
print(sorted(os.getgroups()) == sorted(int(g) for g in status.split('Groups:')[1].split('\n')[0].split()))
