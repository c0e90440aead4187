"""For each Python file, print one JSON line with CPython 3.11's AST (as
scripts/ast_json.py encodes it) and CPython's own symbol table of it, from the
_symtable module: the oracle for scripts/symtable-parity.mjs.

Usage: python3 scripts/symtable_dump.py [--code] FILE...   (or --files-from LIST)
       python3 scripts/symtable_dump.py --snippets DIR
         instead of files: every string constant and doctest example found in the
         .py files under DIR that CPython's parser accepts (test code is full of
         programs in strings, many of them meant to fail), named "PATH#N".
Line: {"file", "source", "ast", "st": ENTRY} or {"file", "error": ...} when the
parser rejects the file, or {"file", "source", "ast", "st_error": {...}} when the
symbol table raises. ENTRY = {"name", "type" ('function'|'class'|'module'),
"lineno", "nested", "varnames", "symbols": [[name, flags], ...], "children": [ENTRY...]}.
With --code, also "code": CPython's code objects of the program (name, firstlineno,
flags, cellvars, freevars, children), which show the entry fields _symtable does not
expose (generator, coroutine, varargs, needs_class_closure...).
"""
import json
import os
import sys
import _symtable
import warnings

# Snippets of test code trigger SyntaxWarnings on purpose; they are not ours to report.
warnings.simplefilter('ignore')

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ast_json  # noqa: E402

TYPES = {_symtable.TYPE_FUNCTION: 'function', _symtable.TYPE_CLASS: 'class', _symtable.TYPE_MODULE: 'module'}


def entry(ste):
    return {'name': ste.name, 'type': TYPES.get(ste.type, ste.type), 'lineno': ste.lineno,
            'nested': bool(ste.nested), 'varnames': list(ste.varnames),
            'symbols': [[k, v] for k, v in ste.symbols.items()],
            'children': [entry(c) for c in ste.children]}


def snippets(root):
    """(name, source) of the programs held in string constants and doctests under root."""
    import ast
    import doctest
    parser = doctest.DocTestParser()
    seen = set()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for fn in sorted(filenames):
            if not fn.endswith('.py'):
                continue
            path = os.path.join(dirpath, fn)
            try:
                tree = ast.parse(open(path, 'rb').read())
            except (SyntaxError, ValueError):
                continue
            n = 0
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                    continue
                texts = [node.value]
                if '>>>' in node.value:
                    try:
                        texts += [ex.source for ex in parser.get_examples(node.value)]
                    except ValueError:
                        pass
                for text in texts:
                    if text in seen or not text.strip():
                        continue
                    seen.add(text)
                    try:
                        ast.parse(text)
                    except (SyntaxError, ValueError, MemoryError, RecursionError):
                        continue
                    n += 1
                    yield f'{path}#{n}', text


def snippet_json(name, text):
    out = {'file': name, 'source': text}
    try:
        out['ast'] = ast_json.encode(ast_json.ast.parse(text))
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        out['error'] = ast_json.error_json(e)
        return out
    try:
        out['st'] = entry(_symtable.symtable(text, name, 'exec'))
        if WITH_CODE:
            add_code(out, text, name)
    except SyntaxError as e:
        out['st_error'] = ast_json.error_json(e)
    except (ValueError, RecursionError, MemoryError) as e:
        out['st_error'] = {'type': type(e).__name__, 'msg': str(e)}
    return out


def code_tree(co):
    """What compile.c derived from the symbol table, per code object: flags, cell and free variables."""
    return {'name': co.co_name, 'firstlineno': co.co_firstlineno, 'flags': co.co_flags,
            'cellvars': list(co.co_cellvars), 'freevars': list(co.co_freevars),
            'children': [code_tree(c) for c in co.co_consts if isinstance(c, type(co))]}


def add_code(out, text, name):
    """With --code: CPython's code objects, when compile() accepts the program."""
    try:
        out['code'] = code_tree(compile(text, name, 'exec', dont_inherit=True))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        pass


WITH_CODE = False


def main(argv):
    global WITH_CODE
    if '--code' in argv:
        WITH_CODE = True
        argv = [a for a in argv if a != '--code']
    if argv and argv[0] == '--snippets':
        w = sys.stdout.write
        for name, text in snippets(argv[1]):
            try:
                line = json.dumps(snippet_json(name, text))
            except (RecursionError, ValueError):
                continue  # too deep for the json module
            w(line)
            w('\n')
        return
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
                if WITH_CODE:
                    add_code(out, out['source'], path)
            except SyntaxError as e:
                out['st_error'] = ast_json.error_json(e)
            except (ValueError, RecursionError, MemoryError) as e:
                out['st_error'] = {'type': type(e).__name__, 'msg': str(e)}
        w(json.dumps(out))
        w('\n')


if __name__ == '__main__':
    main(sys.argv[1:])
