"""CPython's side of scripts/ast-parity.mjs: one process for all files.

Reads file paths (one per line) on stdin; for each writes one JSON line on stdout:
  {"ok": sha1, "len": n}        sha1 / length (UTF-8 bytes) of ast.dump(tree, include_attributes=True)
  {"ok": null, "dump": text}    the dump itself instead, with --full
  {"error": [class, msg, lineno]} when CPython cannot parse the file
in the order of the input. The source is passed as bytes, so CPython decodes it (coding cookies, BOM) itself.
"""
import ast
import hashlib
import json
import sys
import warnings


def main():
    full = '--full' in sys.argv
    warnings.simplefilter('ignore')  # SyntaxWarning/DeprecationWarning from odd test sources
    sys.setrecursionlimit(10000)
    out = sys.stdout
    for line in sys.stdin:
        path = line.rstrip('\n')
        if not path:
            continue
        with open(path, 'rb') as f:
            source = f.read()
        try:
            tree = ast.parse(source, path)
        except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
            msg = e.msg if isinstance(e, SyntaxError) else str(e)
            lineno = e.lineno if isinstance(e, SyntaxError) else None
            out.write(json.dumps({'error': [type(e).__name__, msg, lineno]}) + '\n')
            out.flush()
            continue
        text = ast.dump(tree, include_attributes=True)
        if full:
            out.write(json.dumps({'ok': None, 'dump': text}) + '\n')
        else:
            data = text.encode('utf-8', 'surrogatepass')
            out.write(json.dumps({'ok': hashlib.sha1(data).hexdigest(), 'len': len(data)}) + '\n')
        out.flush()


if __name__ == '__main__':
    main()
