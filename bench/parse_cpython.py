"""CPython's side of bench/parse.mjs.

stdin: first line, a JSON list of file paths; then one line per timed pass ("run"). For each pass,
compiles every file with compile(src, name, 'exec', ast.PyCF_ONLY_AST) and prints the pass's
wall and CPU time in seconds. Sources are read and decoded (PEP 263, as import does) before any timing.
The first answer, before any pass, is a JSON list of the files that do not compile (excluded).
"""
import ast
import importlib.util
import json
import sys
import time
import warnings


def main():
    warnings.simplefilter('ignore')
    paths = json.loads(sys.stdin.readline())
    sources = []
    for p in paths:
        with open(p, 'rb') as f:
            data = f.read()
        try:
            sources.append((p, importlib.util.decode_source(data)))
        except (SyntaxError, UnicodeDecodeError, LookupError):
            sources.append((p, None))
    bad = []
    for p, src in sources:
        try:
            if src is None:
                raise SyntaxError
            compile(src, p, 'exec', ast.PyCF_ONLY_AST)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            bad.append(p)
    print(json.dumps(bad), flush=True)
    badset = set(bad)
    work = [(p, s) for p, s in sources if p not in badset]
    flags = ast.PyCF_ONLY_AST
    for line in sys.stdin:
        if line.strip() != 'run':
            break
        t0, c0 = time.perf_counter(), time.process_time()
        for p, s in work:
            compile(s, p, 'exec', flags)
        print(time.perf_counter() - t0, time.process_time() - c0, flush=True)


if __name__ == '__main__':
    main()
