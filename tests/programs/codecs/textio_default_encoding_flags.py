# PEP 597 and the text-file checks that depend on the command line: -X warn_default_encoding reports a
# text file opened without an encoding (open, TextIOWrapper, io.text_encoding with its stacklevel);
# -X utf8 makes io.text_encoding(None) and an unnamed encoding 'utf-8'; -X dev looks up a
# TextIOWrapper's error handler at once (LookupError for an unknown name).
import subprocess, sys

PROG = r'''
import io, sys
print(io.text_encoding(None), io.text_encoding('latin-1'))
def f(): return io.text_encoding(None)
def g(): return f()
g()
def h(): return io.text_encoding(None, 3)
def k(): return h()
k()
with open(__file__ if '__file__' in globals() else sys.argv[0]) as fh:
    print(fh.encoding)
t = io.TextIOWrapper(io.BytesIO(b'x'))
print(t.encoding, io.TextIOWrapper(io.BytesIO(b'x'), encoding='locale').encoding)
for errors in ('Boom', 'strict', 'surrogateescape'):
    try:
        print(io.TextIOWrapper(io.BytesIO(b'x'), encoding='ascii', errors=errors).errors)
    except LookupError as e:
        print('LookupError', e)
try:
    open(sys.argv[0], errors='Boom2')
    print('opened')
except LookupError as e:
    print('LookupError', e)
'''
with open('textio_flags_prog.tmp.py', 'w', encoding='utf-8') as out:
    out.write(PROG)
try:
    for opts in ([], ['-X', 'warn_default_encoding'], ['-X', 'utf8'], ['-X', 'utf8=0', '-X', 'warn_default_encoding'], ['-X', 'dev']):
        r = subprocess.run([sys.executable, *opts, 'textio_flags_prog.tmp.py'], capture_output=True, text=True)
        print(opts, r.returncode)
        print(r.stdout, end='')
        print(r.stderr.replace(sys.executable, 'PYTHON'), end='')
finally:
    import os
    os.remove('textio_flags_prog.tmp.py')
