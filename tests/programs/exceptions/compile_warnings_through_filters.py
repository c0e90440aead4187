# Warnings of the tokenizer, parser and compiler go through the warnings filters as CPython's
# PyErr_WarnExplicitObject: recorded by catch_warnings, once per place, ignored by default when they are
# DeprecationWarnings outside __main__, and turned into SyntaxError at their place by an "error" filter.
import warnings

SOURCES = ['x is 1', 'x is not "a"', 'assert(x, "msg")', '[(1, 2) (3, 4)]', '"abc" 1' if False else '{1: 2} [3]',
           '"\\d"', 'b"\\q"', '0xfor x in y: pass', '1if x else y', '1.5e3and x', '[0x1for x in ()]']
for src in SOURCES:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(src, '<case>', 'exec')
        except SyntaxError as e:
            print(repr(src), 'SyntaxError', e.msg)
        print(repr(src), [(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            compile(src, '<case>', 'exec')
            print(repr(src), 'compiles under error filters')
        except SyntaxError as e:
            print(repr(src), 'error filter:', type(e).__name__, e.msg, e.lineno, e.offset)

# Default filters: SyntaxWarnings are shown (here, to stderr), DeprecationWarnings from a compile are not.
compile('y = 2\nz = y is 2\n', '<shown>', 'exec')
compile('s = "\\d"', '<hidden>', 'exec')
exec('print(1 is 1)')
