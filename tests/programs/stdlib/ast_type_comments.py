# Type comments (ast.parse(type_comments=True), PyCF_TYPE_COMMENTS): where the grammar takes them, type: ignore
# tags, and the SyntaxErrors of misplaced ones.
import ast
cases = {
 'assign': 'x = 1  # type: int\n',
 'assign2': 'x = y = []  #type:List[int]\n',
 'own line': 'x = 1\n# type: int\ny = 2\n',
 'call': 'f(x)  # type: int\n',
 'ignore': 'import x  # type: ignore\ny = 1 # type: ignore[attr]  \n#type:ignore\n',
 'ignorex': 'y = 1 # type: ignored\n',
 'def same': 'def f(a, b):  # type: (int, str) -> None\n    pass\n',
 'def next': 'def f(a, b):\n    # type: (int, str) -> None\n    pass\n',
 'def next2': 'def f(a, b):\n    # type: (int, str) -> None\n    # type: int\n    pass\n',
 'params': 'def f(a,  # type: int\n      b=1,  # type: str\n      *c,  # type: bytes\n      **d  # type: float\n      ):\n    pass\n',
 'for': 'for x in y:  # type: int\n    pass\n',
 'with': 'with a as b:  # type: int\n    pass\n',
 'for inline': 'for x in y: pass  # type: int\n',
 'async': 'async def f():\n    async for x in y:  # type: int\n        pass\n    async with a as b:  # type: int\n        pass\n',
 'in brackets': 'x = [1,  # type: int\n  2]\n',
 'trailing ws': 'x = 1  # type: int   \n',
 'tabs': 'x = 1\t#\ttype\t:\tint\n',
 'aug': 'x += 1  # type: int\n',
 'ann': 'x: int = 1  # type: int\n',
 'semicolon': 'x = 1; y = 2  # type: int\n',
 'class': 'class C:  # type: int\n    pass\n',
 'while': 'while x:  # type: int\n    pass\n',
 'lambda': 'f = lambda x: x  # type: int\n',
 'return': 'def f():\n    return 1  # type: int\n',
 'if': 'if x:  # type: int\n    pass\n',
 'nested def': 'class C:\n    def m(self):  # type: () -> int\n        return 1\n',
 'def simple body': 'def f(): pass  # type: () -> int\n',
 'comment before def': '# type: int\ndef f(): pass\n',
 'end of file': 'x = 1\n# type: int',
 'def next blank': 'def f(a):\n\n    # type: (int) -> None\n    pass\n',
 'multi assign lines': 'x = (1,\n     2)  # type: Tuple[int, int]\n',
 'decorated': '@d\ndef f():  # type: () -> None\n    pass\n',
}
for name, src in cases.items():
    try:
        t = ast.parse(src, type_comments=True)
        out = []
        for n in ast.walk(t):
            tc = getattr(n, 'type_comment', None)
            if tc is not None: out.append((type(n).__name__, getattr(n, 'lineno', None), tc))
        print(name, out, [(i.lineno, i.tag) for i in t.type_ignores])
    except SyntaxError as e:
        print(name, 'SyntaxError', e.msg, e.lineno, e.offset)
for src in ['def f(a, b):\n    # type: (int, str) -> None\n    # type: int\n    pass\n', 'def f():  # type: () -> None\n    # type: () -> None\n    pass\n', 'def f():  # type: () -> None\n    # type: () -> None\n\n    pass\n', 'def f():  # type: () -> None\n    x = 1  # type: int\n', 'f(x)  # type: int\n', 'x = 1\n# type: int\n', 'x = "é"  # type: ignore\ny = "ü"  # type: str\nz = 3 # type: ok\n', 'def f(\n    *, # type: int\n    a, # type: int\n):\n    pass\n', 'def f(a, *, # type: int\n      b):\n    pass\n', 'def f(*a, # type: int\n      b):\n    pass\n']:
    try: t = ast.parse(src, type_comments=True); print('ok', ast.dump(t))
    except SyntaxError as e: print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
try:
    compile('f(x)  # type: int\n', 'f', 'exec', ast.PyCF_TYPE_COMMENTS)
except SyntaxError as e: print(type(e).__name__, e.msg, e.lineno, e.offset)
print(type(compile('x = 1  # type: int\n', 'f', 'exec', ast.PyCF_TYPE_COMMENTS)).__name__)
print(ast.dump(ast.parse('x = 1  # type: int\nimport a  # type: ignore', type_comments=False)))
