# Text the standard streams cannot encode: print() and sys.stdout.write() of a lone surrogate raise
# UnicodeEncodeError under the strict handler (after writing the pieces before it), stderr escapes with
# backslashreplace, and PYTHONIOENCODING picks the encoding and the handler (an encoding alone: strict).
import os, subprocess, sys

PROGRAMS = [
    'print("\\ud800")',
    'print("a", "\\ud800", "b")',
    'print("x\\udcff")',
    'print("\\udcff", "\\U0001f600", sep="\\udc80")',
    'import sys; sys.stdout.write("x\\udcffy\\n"); sys.stdout.flush()',
    'import sys; sys.stderr.write("e\\udcff\\ud800\\u20ac\\n")',
    'print("caf\\xe9 \\u20ac", 1, 2.5, end="!\\n")',
    'import sys; print(sys.stdout.encoding, sys.stdout.errors, sys.stdin.errors, sys.stderr.errors)',
    'import sys; print("a\\ud800b", file=sys.stderr)',
]
for ioenc in ['utf-8', 'utf-8:strict', 'utf-8:surrogateescape', 'utf-8:backslashreplace', 'utf-8:surrogatepass', 'utf-8:replace',
              'latin-1', 'ascii:xmlcharrefreplace', 'latin-1:namereplace', ':backslashreplace']:
    env = dict(os.environ, PYTHONIOENCODING=ioenc)
    print('== PYTHONIOENCODING=%s' % ioenc)
    for prog in PROGRAMS:
        r = subprocess.run([sys.executable, '-c', prog], env=env, capture_output=True)
        err = r.stderr.decode('ascii', 'backslashreplace').strip().splitlines()
        print(r.returncode, r.stdout, err[-1] if err else '')

# sys.displayhook writes a repr the stream cannot encode with backslash escapes.
text = "a=\xe9 b=\uDC80 c=\U00010000 d=\U0010FFFF"
for encoding in ('ascii', 'latin-1', 'utf-8'):
    env = dict(os.environ, PYTHONIOENCODING=encoding)
    r = subprocess.run([sys.executable, '-c', 'import sys; sys.displayhook(%s); sys.displayhook(1); print(_)' % ascii(text)], env=env, capture_output=True)
    print('displayhook', encoding, r.returncode, r.stdout, r.stderr.splitlines()[-1:])
