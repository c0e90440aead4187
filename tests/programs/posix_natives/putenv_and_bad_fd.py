# putenv/unsetenv argument checks (NUL, '=', empty) and FileIO/fdopen of a descriptor that is not open
import os, io
for k, v in [('a=b', 'x'), ('', 'x'), ('a\0', 'x'), ('a', 'x\0'), (b'a=b', b'x')]:
    for f in (lambda: os.putenv(k, v), lambda: os.unsetenv(k)):
        try:
            f()
            print('ok')
        except Exception as e:
            print(type(e).__name__, e)
for f in (lambda: os.fdopen(10**6), lambda: io.FileIO(10**6), lambda: io.FileIO(-5), lambda: open(10**6)):
    try:
        f()
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
try:
    os.system('echo \0')
except ValueError as e:
    print(e)
