# codeop.compile_command and compile() with PyCF_ALLOW_INCOMPLETE_INPUT / PyCF_DONT_IMPLY_DEDENT, as code.InteractiveConsole uses them
import codeop
from codeop import compile_command
for src in ['(', '(1,', 'if x:', 'if x:\n  pass', 'def f():', '"""abc', "'''", 'a = (', 'x = [1,\n2', '1 +', 'a b', '\\', 'class A:\n', 'for i in x:\n  print(i)\n', 'lambda:', '@dec', 'x = {', 'f(', 'print("hi")', '1)', ')', 'if 9==3:\n   pass\nelse:', "'abc", '"abc', 'x = """ab\ncd', '[x for x in', 'try:', 'while True:\n', '0xz', '1_', '$', 'a = 9\n\nb = 3', 'def f():\n  pass\n  ']:
    for sym in ('single', 'exec', 'eval'):
        try:
            r = compile_command(src, '<x>', sym)
            print(repr(src), sym, 'None' if r is None else 'code')
        except SyntaxError as e:
            print(repr(src), sym, 'SyntaxError', e.msg)
        except Exception as e:
            print(repr(src), sym, type(e).__name__, e)

# compile()'s flags themselves, and code.InteractiveConsole pushing lines
for src in ['if x:\n  pass\n', 'if x:\n  pass', '(', 'x = """', 'a = \\', 'a b']:
    for flags in (0x4000, 0x4200, 0x200):
        try:
            compile(src, '<x>', 'single', flags, True)
            print(repr(src), hex(flags), 'compiles')
        except SyntaxError as e:
            print(repr(src), hex(flags), e.msg)
import code, io, contextlib
console = code.InteractiveConsole()
out = io.StringIO()
with contextlib.redirect_stdout(out):
    for line in ['for i in range(2):', '  print(i)', '', 'x = (1,', '2)', 'x', 'if x:', '  y = 3', '', 'y']:
        print('more' if console.push(line) else 'done')
print(out.getvalue())

# Where the first pass fails with the tokenizer at the end of the text (a token ending there, a forced token)
for s in ["'abc", "'", '"abc\n', '1 +', '1 +\n', 'a = 1 +', 'x +', 'a b', 'a b\n', 'a b ', '1 2', 'a b # c', 'a $', 'x = 1 2', 'if x:', 'if x:\n', 'if x:\n  pass', 'if x:\n  pass\n', 'x = """', "x = '", 'def f(', '@d', '@d\n', 'lambda', 'f(x for x in y', '[1, 2', 'if x:\n  pass\nelse', 'x = 1; y =', 'import', 'from x import (a,']:
  for m in ('single','exec', 'eval'):
    for fl in (0x4200, 0x4000):
      try: compile(s, '<x>', m, fl, True); print(repr(s), m, fl, 'ok')
      except SyntaxError as e: print(repr(s), m, fl, e.msg)
