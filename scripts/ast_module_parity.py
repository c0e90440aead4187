"""ast.parse + ast.dump(include_attributes=True) of source files, run by Typhon and by CPython.

tests/ast-module.test.mjs runs this script under both interpreters and compares the outputs: the trees
Typhon's _ast module hands to Python code (ast.parse, compile(..., PyCF_ONLY_AST)) must dump exactly as
CPython's, and compiling them back must give working code.

Usage: python3 scripts/ast_module_parity.py FILE...
Prints, per file: "<sha1 of the dump> <length of the dump> <number of nodes> <basename>".
"""
import ast
import hashlib
import sys


def main(paths):
    for path in paths:
        with open(path, 'rb') as f:
            source = f.read()
        try:
            tree = ast.parse(source, path)
        except SyntaxError as e:
            print('SyntaxError', e.msg, e.lineno, path.rsplit('/', 1)[-1])
            continue
        text = ast.dump(tree, include_attributes=True)
        nodes = sum(1 for _ in ast.walk(tree))
        data = text.encode('utf-8', 'surrogatepass')
        try:
            compile(tree, path, 'exec')
            compiled = 'compiled'
        except SyntaxError as e:
            # The compiler's own errors (e.g. a misplaced __future__ import), read back from the file.
            compiled = f'SyntaxError {e.msg!r} {e.lineno} {e.text!r}'
        print(hashlib.sha1(data).hexdigest(), len(data), nodes, compiled, path.rsplit('/', 1)[-1])


if __name__ == '__main__':
    main(sys.argv[1:])
