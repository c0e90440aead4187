# compile()'s source decoding errors: the SyntaxError's details are (filename, 0, -1, None), and the
# interpreter prints them with a `File "f", line 0` line (a script's own decoding errors have none).
import subprocess, sys

for src in [b'# coding: bogus\nx = 1\n', b'\xef\xbb\xbf# coding: latin-1\nx = 1\n', b'#!/bin/sh\n# vim: set fileencoding=nope :\n']:
    try:
        compile(src, 'f', 'exec')
    except SyntaxError as e:
        print(repr(e.args), e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)

r = subprocess.run([sys.executable, '-c', "compile(b'# coding: bogus\\n', 'f', 'exec')"], stderr=subprocess.PIPE)
print(r.returncode, r.stderr.decode().splitlines()[-2:])
