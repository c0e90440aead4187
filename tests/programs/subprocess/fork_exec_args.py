# _posixsubprocess.fork_exec's argument checks (none of these calls starts a child), and subprocess's
# own checks before it.
import _posixsubprocess as P
import subprocess

base = [[b'true'], [b'/bin/true'], True, (), None, None, -1, -1, -1, -1, -1, -1, 5, 6, True, False, -1, None, None, None, -1, None, True]

def attempt(**changes):
    a = list(base)
    for k, v in changes.items():
        a[int(k[1:])] = v
    try:
        P.fork_exec(*a)
        print('started')
    except Exception as e:
        print(type(e).__name__, e)

attempt(a3=[])
attempt(a3=(1, 'a'))
attempt(a3=(3, 2))
attempt(a3=(2 ** 40,))
attempt(a13=1)
attempt(a6='x')
attempt(a6=1.5)
attempt(a6=2 ** 40)
attempt(a0=5)
attempt(a0=[5])
attempt(a1=[5])
attempt(a1=5)
attempt(a5=[5])
attempt(a5=3)
attempt(a4=3)
attempt(a17='x')
attempt(a19=1.5)
attempt(a17=-5)
attempt(a17=2 ** 70)
attempt(a18='x')
attempt(a18=[1, 'a'])
attempt(a18=[-5])
attempt(a16='x')
attempt(a14=[])
attempt(a0=[b'a\0b'])
attempt(a1=[b'a\0b'])
attempt(a5=[b'a\0b'])
attempt(a4='a\0b')
attempt(a0=5, a1=5)
attempt(a4=5, a17='x')
for args in [(), tuple(base[:-1]), tuple(base) + (1,)]:
    try:
        P.fork_exec(*args)
    except TypeError as e:
        print(e)
try:
    P.fork_exec(*base, x=1)
except TypeError as e:
    print(e)
for kw in [dict(env={'A=B': '1'}), dict(args='x', shell=True, executable=None, bufsize='x')]:
    try:
        subprocess.run(['true'], **kw) if 'args' not in kw else subprocess.Popen(**kw)
    except Exception as e:
        print(type(e).__name__, e)
