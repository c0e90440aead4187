"""Per-case CPU times of a benchmark program whose cases can be run apart (`PROG CASE [N]`).

Usage: python3 bench/cases.py PROGRAM [--runs R] [--typhon BIN] [CASE...]
Runs each case under CPython (this interpreter) and Typhon (default bin/typhon), alternating, R
times (default 3), with the case's own count N and with 3N, and prints for each side the best CPU
time (user + sys, children included, from os.wait4) at N, the ratio Typhon/CPython at N, and the
marginal ratio: (t(3N) - t(N)) / (c(3N) - c(N)), the cost of the calls themselves without start-up,
imports and V8's compilation of the eval loop (a fixed cost of up to a second of CPU time on a
background thread, paid once per run). Environment as bench/run.mjs's; cwd bench/programs.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, 'programs')


def timed(cmd, env):
    proc = subprocess.Popen(cmd, cwd=PROGRAMS, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read()
    proc.stdout.close()
    _, status, usage = os.wait4(proc.pid, 0)
    return usage.ru_utime + usage.ru_stime, out.split()[-1:]


def main():
    args = sys.argv[1:]
    runs, typhon = 3, os.path.join(HERE, '..', 'bin', 'typhon')
    if '--runs' in args:
        i = args.index('--runs')
        runs = int(args[i + 1])
        del args[i:i + 2]
    if '--typhon' in args:
        i = args.index('--typhon')
        typhon = args[i + 1]
        del args[i:i + 2]
    prog, wanted = args[0], args[1:]
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env.update(PYTHONHASHSEED='0', PYTHONDONTWRITEBYTECODE='1', PYTHONIOENCODING='utf-8')
    # The cases and their counts, from the program itself (without running its main()).
    ns = {}
    src = open(os.path.join(PROGRAMS, prog)).read().replace('\nmain()\n', '\n')
    exec(compile(src, prog, 'exec'), ns)
    cases = [c for c in ns['CASES'] if not wanted or c in wanted]
    print(f"{'case':16}{'CPython':>9}{'Typhon':>9}{'ratio':>8}{'marginal':>10}")
    for name in cases:
        n = ns['CASES'][name][1]
        c1, c3, t1, t3 = [], [], [], []
        for _ in range(runs):
            for k, cs, ts in ((n, c1, t1), (3 * n, c3, t3)):
                tc, oc = timed([sys.executable, prog, name, str(k)], env)
                tt, ot = timed([typhon, prog, name, str(k)], env)
                cs.append(tc)
                ts.append(tt)
                if oc != ot:
                    print(f'{name}: outputs differ: {oc!r} / {ot!r}')
        c, t = min(c1), min(t1)
        marginal = (min(t3) - t) / (min(c3) - c)
        print(f'{name:16}{c:9.3f}{t:9.3f}{t / c:7.2f}x{marginal:9.2f}x', flush=True)


if __name__ == '__main__':
    main()
