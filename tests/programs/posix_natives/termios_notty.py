# termios on descriptors that are not terminals: termios.error(ENOTTY) / (EBADF), argument errors, the
# constants, and tty/pty importing.
import os
import termios as t
import tty
import pty

print(t.error.__module__, t.error.__mro__[1].__name__, t.NCCS, t.TCSANOW, t.ICANON, t.B38400, t.VMIN, t.TIOCGWINSZ)
print(len([k for k in dir(t) if k.isupper()]), sorted(k for k in dir(t) if k.startswith('tc')))
r, w = os.pipe()
bad = os.open(os.devnull, os.O_RDONLY)
os.close(bad)
cases = [(t.tcgetattr, ()), (t.tcsetattr, (r, 0)), (t.tcsendbreak, (r,)), (t.tcdrain, ()), (t.tcflush, (r,)),
         (t.tcflow, (r,)), (t.tcgetwinsize, ()), (t.tcsetwinsize, (r,)), (t.tcgetattr, (r,)), (t.tcgetattr, (bad,)),
         (t.tcsetattr, (r, 0, [])), (t.tcsetattr, (r, 0, [0] * 7)), (t.tcsetwinsize, (r, (1, 2))),
         (t.tcsetwinsize, (r, (1,))), (t.tcsetwinsize, (r, 1)), (t.tcgetwinsize, (w,)), (t.tcflush, (r, 5)),
         (t.tcsendbreak, (r, 0.0)), (t.tcgetattr, (-1,)), (t.tcgetattr, (2**40,)), (t.tcgetattr, (object(),)),
         (t.tcdrain, (r,)), (t.tcflow, (w, t.TCOON)), (tty.setraw, (r,)), (tty.setcbreak, (w,))]
for f, a in cases:
    try:
        f(*a)
    except Exception as e:
        print(f.__name__, type(e).__name__, e.args)
with open(__file__) as fo:
    try:
        t.tcgetattr(fo)
    except t.error as e:
        print('file object:', e)
print(pty.CHILD, callable(pty.spawn))
