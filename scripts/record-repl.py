#!/usr/bin/env python3
"""Record CPython 3.11's screens for the REPL sessions of tests/repl.test.mjs.

Usage: python3 scripts/record-repl.py [--check] [SESSION ...]
  SESSION: tests/repl/NAME.txt (default: all of them). Each is typed into CPython's REPL through a
  pseudo-terminal by tests/helpers/pty_driver.py, and the screen it leaves (normalised: banner line,
  the folder as $DIR) is written to tests/repl/NAME.expected.
  --check: record nothing; list sessions whose .expected is missing (exit 1 if any).
Sessions run two at a time (this machine has 2 cores); timing waits make each take a few seconds.

Then the piped cases of tests/repl/piped.json (the REPL with stdin not a terminal: prompts go to
stderr) are run with their stdin, and CPython's stdout, stderr (banner line normalised) and exit
status go to tests/repl/piped.expected.json.
"""
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SESSIONS = os.path.join(ROOT, 'tests', 'repl')
DRIVER = os.path.join(ROOT, 'tests', 'helpers', 'pty_driver.py')
# The real binary: the pyenv shim costs ~250 ms per run and could pick another version.
CPYTHON = os.environ.get('TYPHON_CPYTHON', '/root/.pyenv/versions/3.11.7/bin/python3')


def sessions(paths):
    if not paths:
        return sorted(os.path.join(SESSIONS, n) for n in os.listdir(SESSIONS)
                      if n.endswith('.txt') and n != 'known-failures.txt')
    return [os.path.abspath(p) for p in paths]


def record(session):
    out = subprocess.run([sys.executable, DRIVER, session, '--', CPYTHON], capture_output=True, text=True, timeout=300)
    if out.returncode != 0:
        return f'{session}: driver failed: {out.stderr.strip()}'
    with open(session[:-4] + '.expected', 'w', encoding='utf-8') as f:
        f.write(out.stdout)
    return None


def piped_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON') and k != 'NODE_TEST_CONTEXT'}
    env['PYTHONHASHSEED'] = '0'
    env['LC_ALL'] = 'C.UTF-8'
    return env


def normalise_banner(text):
    lines = text.split('\n')
    if lines and lines[0].startswith('Python 3.11.'):
        lines[0] = '<banner>'
    return '\n'.join(lines)


def record_piped():
    with open(os.path.join(SESSIONS, 'piped.json'), encoding='utf-8') as f:
        cases = json.load(f)
    out = {}
    for case in cases:
        env = piped_env()
        env.update(case.get('env', {}))
        if case.get('stdinLatin1'):
            # stdin holds bytes that are not UTF-8: its code points are the bytes.
            r = subprocess.run([CPYTHON] + case['args'], input=case['stdin'].encode('latin-1'), capture_output=True,
                               env=env, cwd=SESSIONS, timeout=60)
            stdout, stderr = r.stdout.decode('utf-8', 'replace'), r.stderr.decode('utf-8', 'replace')
        else:
            r = subprocess.run([CPYTHON] + case['args'], input=case['stdin'], capture_output=True, text=True,
                               env=env, cwd=SESSIONS, timeout=60)
            stdout, stderr = r.stdout, r.stderr
        out[case['name']] = {'stdout': stdout, 'stderr': normalise_banner(stderr), 'status': r.returncode}
    with open(os.path.join(SESSIONS, 'piped.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(f'recorded {len(cases)} piped cases')


def main():
    args = sys.argv[1:]
    check = '--check' in args
    todo = sessions([a for a in args if a != '--check'])
    if check:
        missing = [s for s in todo if not os.path.exists(s[:-4] + '.expected')]
        for s in missing:
            print(f'missing: {os.path.relpath(s, ROOT)}')
        sys.exit(1 if missing else 0)
    with ThreadPoolExecutor(2) as pool:
        for session, err in zip(todo, pool.map(record, todo)):
            print(err if err else f'recorded {os.path.relpath(session, ROOT)}')
    if not args:
        record_piped()


if __name__ == '__main__':
    main()
