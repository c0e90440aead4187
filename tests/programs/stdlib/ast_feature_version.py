# feature_version: the grammar's refusals of syntax newer than the version asked for, with CPython's messages
# and positions.
import ast
for src, v in [('(x := 0)', 7), ('(x := 0)', 8), ('def foo(x, /): ...', 7), ('def bar(x=1, /, y=2): ...', 7), ('lambda x, /: ...', 7), ('lambda x=1, /: ...', 8),
               ('with (a, b): pass', 8), ('with (a) as b: pass', 8), ('with (a, b): pass', 9), ('f"{x=}"', 7), ('f"{x=}"', 8), ('x = 1_000', 5), ('x = 1_000', 6),
               ('a @ b', 4), ('x @= 1', 4), ('x: int = 1', 5), ('x: int', 5), ('async def f(): await x', 4), ('async def f():\n  async for x in y: pass', 4),
               ('async def f():\n  [x async for x in y]', 5), ('async def f():\n  [x async for x in y if x]', 5), ('match x:\n case 1: pass', 9),
               ('try: pass\nexcept* E: pass', 10), ('try: pass\nexcept* E: pass', 11), ('f"{x = !r:>10}"', 7), ('f"{x==y}"', 7), ('f"{x!=y}"', 7), ("f'{a}{b=}'", 7),
               ("f'{d[\"=\"]}'", 7), ("f'{x:{y=}}'", 7), ('async def f():\n  async with a as b: pass', 4), ('x = 1.5_0j', 5), ('print(0x_ff)', 5), ('f(a @ b)', 5), ('a = 42\nf"{a}"', 5), ('x = f"" "b"', 5)]:
    try: ast.parse(src, feature_version=(3, v)); print(repr(src), v, 'ok')
    except SyntaxError as e: print(repr(src), v, e.msg, e.lineno, e.offset)
print(ast.dump(ast.parse('x = 1', feature_version=(3, 4))))
print(ast.dump(compile('(y := 2)', 'f', 'exec', ast.PyCF_ONLY_AST, _feature_version=7)) if False else 'skip')
try: compile('(y := 2)', 'f', 'exec', ast.PyCF_ONLY_AST, _feature_version=7)
except SyntaxError as e: print(e.msg)
print(type(compile('(y := 2)', 'f', 'exec', _feature_version=7)).__name__)
