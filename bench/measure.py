"""Time a command's runs by the kernel's accounting: bench/run.mjs's stopwatch.

Usage: python3 bench/measure.py RUNS CWD -- CMD ARG...
Runs CMD RUNS times in CWD (environment as given), stdin empty, and prints one JSON object:
{"cpu": [user+sys seconds of each run, children included], "wall": [...], "returncode": rc of
the last run, "stdout": its output (UTF-8, replacement for undecodable bytes)}.
"""
import json
import os
import subprocess
import sys
import time


def main():
    runs, cwd = int(sys.argv[1]), sys.argv[2]
    cmd = sys.argv[sys.argv.index('--') + 1:]
    cpu, wall = [], []
    out, rc = b'', 0
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL)
        out = proc.stdout.read()
        proc.stdout.close()
        # wait4 gives this child's own rusage (it and its waited-for descendants).
        _, status, usage = os.wait4(proc.pid, 0)
        wall.append(time.perf_counter() - t0)
        cpu.append(usage.ru_utime + usage.ru_stime)
        rc = os.waitstatus_to_exitcode(status)
        proc.returncode = rc
    print(json.dumps({'cpu': cpu, 'wall': wall, 'returncode': rc, 'stdout': out.decode('utf-8', 'replace')}))


if __name__ == '__main__':
    main()
