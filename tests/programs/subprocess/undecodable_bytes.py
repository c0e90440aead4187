# Bytes that are not UTF-8 in a child's arguments and environment reach it unchanged (Node could only pass
# UTF-8 text: Typhon starts such a child through /bin/sh), and a child sees its own as CPython does:
# surrogate-escaped in sys.argv and os.environ, the bytes in os.environb.
import os, subprocess, sys

child = ('import os, sys; print(ascii(sys.argv[1:]), ascii([os.fsencode(a) for a in sys.argv[1:]]));'
         'print(ascii(os.environ.get("BYTEVAR")), ascii(os.environb.get(b"BYTEVAR")), ascii(os.getenv("KEY\\udcff")))')
env = dict(os.environb)
env[b'BYTEVAR'] = b'x\xffy\n'
env[b'KEY\xff'] = b'42'
args = [b'\xff\xc3\xff\xc3\xa9\xed\xa0\x80', 'plain', 'caf\xe9', b'new\nline\n', b"q'uote%s\\", b'', 'a\udcffb']
r = subprocess.run([sys.executable, '-c', child, *args], stdout=subprocess.PIPE, env=env)
print(r.returncode)
print(r.stdout.decode('ascii'), end='')
# a program other than Python
print(subprocess.run(['printf', '%s|', b'a\xffb', 'c', b'\n'], stdout=subprocess.PIPE).stdout)
print(subprocess.run(['sh', '-c', 'printf %s "$BYTEVAR" | od -An -c'], env=env, stdout=subprocess.PIPE).stdout.split())

# Started through the shell (an argument that is not UTF-8), the environment still reaches the program
# exactly: names that are not identifiers kept, nothing added.
os.environ['7a-b'] = 'x'
print(subprocess.run([b'/usr/bin/env', b'\xff=1'], capture_output=True).stdout.count(b'7a-b'))
print(subprocess.run([b'/usr/bin/env', b'\xff=1'], capture_output=True, env={'7c-d': 'x', 'B\xff': 'y'}).stdout)
print(subprocess.run([b'/usr/bin/env'], capture_output=True, env={'7c-d': 'x', b'B\xff': b'\xfe'}).stdout)
