"""For each Python file, print one JSON line with CPython 3.11's AST (as
scripts/ast_json.py encodes it) and CPython's own symbol table of it, from the
_symtable module: the oracle for scripts/symtable-parity.mjs.

Usage: python3 scripts/symtable_dump.py FILE...   (or --files-from LIST)
Line: {"file", "source", "ast", "st": ENTRY} or {"file", "error": ...} when the
parser rejects the file, or {"file", "source", "ast", "st_error": {...}} when the
symbol table raises. ENTRY = {"name", "type" ('function'|'class'|'module'),
"lineno", "nested", "varnames", "symbols": [[name, flags], ...], "children": [ENTRY...]}.
"""
import json
import os
import sys
import _symtable

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ast_json  # noqa: E402

TYPES = {_symtable.TYPE_FUNCTION: 'function', _symtable.TYPE_CLASS: 'class', _symtable.TYPE_MODULE: 'module'}


def entry(ste):
    return {'name': ste.name, 'type': TYPES.get(ste.type, ste.type), 'lineno': ste.lineno,
            'nested': bool(ste.nested), 'varnames': list(ste.varnames),
            'symbols': [[k, v] for k, v in ste.symbols.items()],
            'children': [entry(c) for c in ste.children]}


def main(argv):
    files = []
    i = 0
    while i < len(argv):
        if argv[i] == '--files-from':
            i += 1
            with open(argv[i]) as f:
                files += [l.rstrip('\n') for l in f if l.strip()]
        else:
            files.append(argv[i])
        i += 1
    w = sys.stdout.write
    for path in files:
        out = ast_json.file_json(path, 'exec', True)
        if 'ast' in out and out.get('source') is not None:
            try:
                out['st'] = entry(_symtable.symtable(out['source'], path, 'exec'))
            except SyntaxError as e:
                out['st_error'] = ast_json.error_json(e)
            except (ValueError, RecursionError, MemoryError) as e:
                out['st_error'] = {'type': type(e).__name__, 'msg': str(e)}
        w(json.dumps(out))
        w('\n')


if __name__ == '__main__':
    main(sys.argv[1:])
