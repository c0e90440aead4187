#!/usr/bin/env python3
"""Record CPython 3.11's stdout, stderr and exit code for the differential test programs.

Usage: python3 scripts/record-expected.py [--check] [PATH ...]
  PATH: a program (tests/programs/<area>/<name>.py) or a folder of them; default: all of tests/programs.
  --check: record nothing; report programs whose .expected.json is missing or out of date (exit 1 if any).

Each program runs exactly as tests/differential.test.mjs runs Typhon: cwd = the program's folder, argv[1] = its
bare file name, stdin = <name>.stdin if present (else empty), and a fixed environment (see program_env), so that
hash orders in the output are stable. CPython still prints the script's absolute path, so the program's folder is
written as $DIR in the output (normalize). The result goes to <name>.expected.json as
{"stdout": ..., "stderr": ..., "returncode": ...}.
"""
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, 'tests', 'programs')
# The real binary: the pyenv shim costs ~250 ms per run and could pick another version.
CPYTHON = os.environ.get('TYPHON_CPYTHON', '/root/.pyenv/versions/3.11.7/bin/python3')
TIMEOUT = 60


def program_env():
    """The environment both interpreters get (keep in sync with tests/differential.test.mjs)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env['PYTHONHASHSEED'] = '0'
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    env['PYTHONIOENCODING'] = 'utf-8'
    return env


def find_programs(paths):
    found = []
    for path in paths:
        path = os.path.abspath(path)
        if os.path.isdir(path):
            for dirpath, dirnames, filenames in os.walk(path):
                dirnames.sort()
                found.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith('.py'))
        elif path.endswith('.py') and os.path.isfile(path):
            found.append(path)
        else:
            sys.exit(f'record-expected: not a program or folder: {path}')
    return found


def run(path):
    stdin_path = path[:-3] + '.stdin'
    stdin = open(stdin_path, 'rb').read() if os.path.exists(stdin_path) else b''
    try:
        proc = subprocess.run([CPYTHON, os.path.basename(path)], cwd=os.path.dirname(path), input=stdin,
                              capture_output=True, env=program_env(), timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        sys.exit(f'record-expected: {path} ran longer than {TIMEOUT} s')
    # Programs' output is UTF-8 (PYTHONIOENCODING); undecodable bytes stay visible rather than crash.
    return {
        'stdout': normalize(proc.stdout.decode('utf-8', 'surrogateescape'), path),
        'stderr': normalize(proc.stderr.decode('utf-8', 'surrogateescape'), path),
        'returncode': proc.returncode,
    }


def normalize(text, path):
    """CPython makes the script's path absolute (in tracebacks, SyntaxErrors, warnings, __file__), so
    the checkout's location is replaced by $DIR; the test does the same to Typhon's output."""
    folder = os.path.dirname(path)
    for d in sorted({folder, os.path.realpath(folder)}, key=len, reverse=True):
        text = text.replace(d, '$DIR')
    return text


def serialize(result):
    return json.dumps(result, indent=1, ensure_ascii=True) + '\n'


def main(argv):
    check = '--check' in argv
    paths = [a for a in argv if a != '--check'] or [PROGRAMS]
    version = subprocess.run([CPYTHON, '-c', 'import sys; print(sys.version_info[:2])'],
                             capture_output=True, text=True).stdout.strip()
    if version != '(3, 11)':
        sys.exit(f'record-expected: {CPYTHON} is not CPython 3.11 ({version!r})')
    programs = find_programs(paths)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(run, programs))
    stale = 0
    for path, result in zip(programs, results):
        out = path[:-3] + '.expected.json'
        text = serialize(result)
        old = open(out, encoding='utf-8').read() if os.path.exists(out) else None
        if old == text:
            continue
        stale += 1
        rel = os.path.relpath(path, ROOT)
        if check:
            print(f'{"missing" if old is None else "out of date"}: {rel}')
        else:
            with open(out, 'w', encoding='utf-8') as f:
                f.write(text)
            print(f'{"recorded" if old is None else "updated"}: {rel}')
    print(f'{len(programs)} programs, {stale} {"stale" if check else "written"}')
    return 1 if check and stale else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
