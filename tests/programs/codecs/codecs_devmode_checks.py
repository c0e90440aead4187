# In development mode (-X dev) str(bytes, ...), bytes.decode, str.encode and bytes(str, ...) look up the
# encoding and the error handler even when no error needs them; outside it a bad handler name passes.
import subprocess, sys

PROG = r'''
invalid = 'Boom'
for f in (lambda: str(b'x', encoding=invalid), lambda: str(b'x', errors=invalid), lambda: str(b'x', 'latin1', invalid),
          lambda: 'x'.encode(invalid), lambda: 'x'.encode(errors=invalid), lambda: 'x'.encode('utf8', invalid),
          lambda: b''.decode('ascii', invalid), lambda: bytes('x', 'ascii', invalid), lambda: b'x'.decode('utf-8', 'namereplace'),
          lambda: 'x'.encode('utf-16', 'strict'), lambda: bytearray(b'x').decode(errors=invalid)):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
'''
for opts in ([], ['-X', 'dev']):
    r = subprocess.run([sys.executable, *opts, '-c', PROG], capture_output=True, text=True)
    print(opts, r.returncode)
    print(r.stdout, end='')
