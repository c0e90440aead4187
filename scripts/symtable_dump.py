"""For each Python file, print one JSON line with CPython 3.11's AST (as
scripts/ast_json.py encodes it) and CPython's own symbol table of it, from the
_symtable module: the oracle for scripts/symtable-parity.mjs.

Usage: python3 scripts/symtable_dump.py [--code] FILE...   (or --files-from LIST)
       python3 scripts/symtable_dump.py --snippets DIR
         instead of files: every string constant and doctest example found in the
         .py files under DIR that CPython's parser accepts (test code is full of
         programs in strings, many of them meant to fail), named "PATH#N".
       python3 scripts/symtable_dump.py --fuzz COUNT SEED
         COUNT random programs dense in scoping constructs (those CPython's parser
         rejects are reported as such and skipped by the parity script).
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
    col = None
    if co.co_name in ('<listcomp>', '<setcomp>', '<dictcomp>', '<genexpr>', '<lambda>'):
        # Its first real instruction (after RETURN_GENERATOR/RESUME, which carry no
        # or empty columns) has the comprehension's own column, which tells apart
        # several comprehensions on one line (for a lambda: usually its body's column).
        for pos in co.co_positions():
            if pos[2] is not None and pos[3]:
                col = pos[2]
                break
    return {'name': co.co_name, 'firstlineno': co.co_firstlineno, 'col': col, 'flags': co.co_flags,
            'cellvars': list(co.co_cellvars), 'freevars': list(co.co_freevars),
            'children': [code_tree(c) for c in co.co_consts if isinstance(c, type(co))]}


def add_code(out, text, name):
    """With --code: CPython's code objects, when compile() accepts the program."""
    try:
        out['code'] = code_tree(compile(text, name, 'exec', dont_inherit=True))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        pass


WITH_CODE = False


def fuzz_programs(count, seed):
    """Random small programs dense in scoping constructs: nested defs, classes,
    lambdas, comprehensions, global/nonlocal, walrus, private names, super and
    __class__, annotations (with and without the __future__ import)."""
    import random
    rnd = random.Random(seed)
    names = ['a', 'b', 'x', '__p', '__q__', 'super', '__class__', 'e', 'i']

    def nm():
        return rnd.choice(names)

    def expr(d):
        k = rnd.randrange(12 if d < 3 else 3)
        if k == 0:
            return nm()
        if k == 1:
            return '1'
        if k == 2:
            return f'{nm()}.attr'
        if k == 3:
            return f'({nm()} := {expr(d + 1)})'
        if k == 4:
            return f'[{expr(d + 1)} for {nm()} in {expr(d + 1)}]'
        if k == 5:
            return f'{{{expr(d + 1)}: {nm()} for {nm()}, {nm()} in {expr(d + 1)} if {expr(d + 1)}}}'
        if k == 6:
            return f'(lambda {nm()}, *{nm()}: {expr(d + 1)})'
        if k == 7:
            return f'({expr(d + 1)} for {nm()} in {expr(d + 1)} for {nm()} in {expr(d + 1)})'
        if k == 8:
            return f'{nm()}({expr(d + 1)}, k={expr(d + 1)})'
        if k == 9:
            return f'(yield {expr(d + 1)})'
        if k == 10:
            return 'super()'
        return f'{expr(d + 1)} + {expr(d + 1)}'

    def block(d, ind, in_func, in_async):
        out = []
        for _ in range(rnd.randrange(1, 4)):
            out += stmt(d, ind, in_func, in_async)
        return out

    def stmt(d, ind, in_func, in_async):
        p = ' ' * ind
        k = rnd.randrange(17 if d < 3 else 9)
        if k in (2, 3) and rnd.random() < .6:
            k = 0  # fewer declarations, so fewer programs end in an error
        if k == 0:
            return [f'{p}{nm()} = {expr(d)}']
        if k == 1:
            return [f'{p}{expr(d)}']
        if k == 2:
            return [f'{p}global {nm()}']
        if k == 3:
            return [f'{p}nonlocal {nm()}']
        if k == 4:
            return [f'{p}{nm()}: {expr(d)}' + (f' = {expr(d)}' if rnd.random() < .5 else '')]
        if k == 5:
            return [f'{p}del {nm()}']
        if k == 6:
            return [f'{p}import {nm()}.mod as {nm()}' if rnd.random() < .5 else f'{p}from m import {nm()}']
        if k == 7:
            return [f'{p}{nm()} += {expr(d)}']
        if k == 8:
            return [f'{p}return {expr(d)}'] if in_func else [f'{p}pass']
        if k in (9, 10, 11):
            asy = rnd.random() < .2
            params = ', '.join(rnd.sample(names, rnd.randrange(0, 3)))
            ann = f' -> {expr(d)}' if rnd.random() < .3 else ''
            dec = [f'{p}@{nm()}'] if rnd.random() < .2 else []
            return dec + [f'{p}{"async " if asy else ""}def {rnd.choice(["f", "g", "__h"])}({params}){ann}:'] + block(d + 1, ind + 4, True, asy)
        if k in (12, 13):
            return [f'{p}class {rnd.choice(["C", "__D", "_"])}({nm()}):'] + block(d + 1, ind + 4, False, False)
        if k == 14:
            return [f'{p}for {nm()} in {expr(d)}:'] + block(d + 1, ind + 4, in_func, in_async)
        if k == 15:
            return [f'{p}try:', f'{p}    pass', f'{p}except E as {nm()}:'] + block(d + 1, ind + 4, in_func, in_async)
        return [f'{p}with {expr(d)} as {nm()}:'] + block(d + 1, ind + 4, in_func, in_async)

    made = 0
    while made < count:
        head = ['from __future__ import annotations'] if rnd.random() < .2 else []
        text = '\n'.join(head + block(0, 0, False, False)) + '\n'
        made += 1
        yield f'fuzz{seed}#{made}', text


def main(argv):
    global WITH_CODE
    if '--code' in argv:
        WITH_CODE = True
        argv = [a for a in argv if a != '--code']
    if argv and argv[0] in ('--snippets', '--fuzz'):
        w = sys.stdout.write
        source = snippets(argv[1]) if argv[0] == '--snippets' else fuzz_programs(int(argv[1]), int(argv[2]))
        for name, text in source:
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
