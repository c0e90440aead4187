# Bytes that are not UTF-8 in a source without a coding cookie: compile() of bytes, and so an import (the
# loader compiles the file's bytes), accepts them in comments and reports them in a name or a string
# literal as the UTF-8 decoding error of that name or literal part; a cookie's problems are compile()'s.
import importlib
import os
import sys
import tempfile

CASES = [
    b'x = 1  # caf\xe9\nprint("comment ok", x)\n',
    b'# \xff\xfe\n\nprint("first-line comment ok")\n',
    b'print("b\xf6se")\n',
    b'x\xf6 = 1\n',
    b'x = 1 + \xf6\n',
    b'x = "a\\n\xc3\xa9\xf6"\n',
    b'x = r"\xe9\xf6"\n',
    b'x = f"{1}\xf6"\n',
    b'x = rf"{1}b\xf6"\n',
    b'x = "\xe9\xf6"  # \xff\n',
    b'print(b"\xf6")\n',
    b'# coding: xyz\nprint(1)\n',
    b'# coding: ascii\nx = "\xe9"\n',
    b'# coding: rot13\nprint(1)\n',
    b'# coding: latin-1\nprint("latin-1 ok", ascii("\xe9"))\n',
]

for src in CASES:
    try:
        exec(compile(src, "<bytes>", "exec"), {})
    except SyntaxError as e:
        print("compile:", e.msg)

d = tempfile.mkdtemp()
sys.path.insert(0, d)
sys.dont_write_bytecode = True
for i, src in enumerate(CASES):
    name = f"mod_not_utf8_{i}"
    with open(os.path.join(d, name + ".py"), "wb") as f:
        f.write(src)
    try:
        importlib.import_module(name)
    except SyntaxError as e:
        print("import:", e.msg, e.lineno)
