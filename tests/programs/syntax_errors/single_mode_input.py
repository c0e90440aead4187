# compile(..., 'single') as pegen reads interactive input: end of input is NEWLINE after a token (with the
# implied DEDENTs), so compound statements need no final newline; empty input is an error; a second statement
# after the first is "multiple statements found while compiling a single statement".
import ast
cases = ['for i in x:\n    a = 1', 'for i in x:\n    a = 1\n', 'if x:\n  pass', 'async for i in x:\n  pass',
         'async with a:\n  pass\n', 'async def f():\n  pass', 'x = 1', 'async for i in x: pass', '\n', '  ',
         '#c', 'x = 1\n\n', 'if 1:\n  if 2:\n    pass', 'if 1:\n  pass\nelse:\n  pass', 'def f():\n  return 1\n\n',
         'x = 1\ny = 2', 'x = 1 # c\n# d\n', 'class A:\n  def f(self):\n    pass',
         '@d\ndef f(): pass', 'x = 1;', 'x = 1; y = 2', 'if 1:\n  pass\nx = 2\n', '1 +\n', 'while x:\n  break\nelse:\n  pass']
for s in cases:
    try:
        c = compile(s, '?', 'single')
        print('ok', c.co_code.hex())
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno, e.offset)
    try:
        c = compile(s, '?', 'single', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        print('  top-level await', hex(c.co_flags))
    except SyntaxError as e:
        print('  top-level await: SyntaxError', e.msg, e.lineno, e.offset)
