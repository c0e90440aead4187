# sys.stdin decodes with its codec and error handler (PYTHONIOENCODING): strict raises
# UnicodeDecodeError on bytes that are no UTF-8, surrogateescape and replace give their text, latin-1
# every byte; readline, read(n) (the rest goes back as bytes) and read().
import os, subprocess, sys

PROG = 'import sys; print(sys.stdin.errors, ascii(sys.stdin.readline()), ascii(sys.stdin.read(3)), ascii(sys.stdin.read()))'
DATA = [b'a\xffb\n\xe9\xfe\xc3\xa9xyz\nlast', b'plain\ntext\n', b'\xed\xa0\x80\xed\xb0\x80\n\xc3', b'']
for ioenc in ['utf-8', 'utf-8:surrogateescape', 'utf-8:replace', 'utf-8:backslashreplace', 'utf-8:surrogatepass', 'utf-8:ignore', 'latin-1']:
    env = dict(os.environ, PYTHONIOENCODING=ioenc)
    print('== PYTHONIOENCODING=%s' % ioenc)
    for data in DATA:
        r = subprocess.run([sys.executable, '-c', PROG], env=env, input=data, capture_output=True)
        err = r.stderr.decode('ascii', 'backslashreplace').strip().splitlines()
        print(r.returncode, r.stdout.decode('ascii', 'backslashreplace').strip(), err[-1] if err else '')
