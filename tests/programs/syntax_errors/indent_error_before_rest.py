# "unexpected indent" is reported where the parser meets the INDENT, before any tokenizer error further on
# (_PyPegen_set_syntax_error does not tokenize the rest for it), also after a backslash continuation.
import ast
srcs = ['\n                \\\n                (\\\n            \\ ', '\n  \\\n  (\\\n \\ ', '  \\\n(1)', '\n    \\\n    x', '\\\n  x', '  \\\n  x', ' \\\n \\ ']
for s in srcs:
    for mode in ('eval', 'exec'):
        try:
            compile(s.lstrip(' \t') if False else s, '<s>', mode)
            print(repr(s), mode, 'ok')
        except SyntaxError as e:
            print(repr(s), mode, type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
for s in ['x = 1\n    y = 2\nz = "abc\n', 'x = 1\n    y = 2\nz = $\n', 'if x:\n  y\n z = "abc\n', 'x = (1,\n  2\n  3)\n"abc']:
    try:
        compile(s, '<s>', 'exec')
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
