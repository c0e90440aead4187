# SyntaxErrors of the compiler and the symbol table take their source line from the file the filename
# names (PyErr_ProgramTextObject): compile() of text under a pseudo-filename has none, the parser's errors
# keep the text they parsed. A real file's line is read from the file, whatever the text compiled.
import os
import tempfile
import warnings

SOURCES = [
    "nonlocal x",
    "def f():\n  return\n  yield from 1\nawait x",
    "x = 1\nprint(x is 1)",
    "break",
    "for x in y:\n    pass\ncontinue",
    "def g():\n    global q\n    q: int = 1",
    "f(**a, *b)",
    "del f()",
]


def show(src, filename):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            compile(src, filename, "exec")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)


for src in SOURCES:
    show(src, "<s>")

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "other.py")
    with open(path, "w") as f:
        f.write("first line of the file\nsecond line\n")
    show("break", path)
    show("x = 1\nreturn x", path)
    show("x = 1\n\n\nreturn x", path)
