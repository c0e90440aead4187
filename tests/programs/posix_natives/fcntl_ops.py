# fcntl: descriptor flags, dup, non-blocking pipes, locks on a regular file, and the argument errors.
import fcntl as f
import os
import struct
import tempfile

print(sorted(k for k in dir(f) if not k.startswith('_') and not k.isupper()))
print(f.LOCK_EX, f.LOCK_NB, f.F_GETFL, f.F_SETLKW, f.FD_CLOEXEC, f.F_DUPFD_CLOEXEC)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'x')
    fd = os.open(path, os.O_RDWR | os.O_CREAT)
    print(f.fcntl(fd, f.F_GETFL) & os.O_ACCMODE == os.O_RDWR, f.fcntl(fd, f.F_GETFD))
    print(f.fcntl(fd, f.F_SETFD, 0), f.fcntl(fd, f.F_GETFD), os.get_inheritable(fd))
    n = f.fcntl(fd, f.F_DUPFD, 20)
    print(n >= 20, f.fcntl(n, f.F_GETFD))
    os.close(n)
    n = f.fcntl(fd, f.F_DUPFD_CLOEXEC, 30)
    print(n >= 30, f.fcntl(n, f.F_GETFD))
    os.close(n)
    with open(path, 'w') as fo:
        try:
            f.lockf(fo, f.LOCK_SH)
        except OSError as e:
            print('read lock on a write-only file:', e)
    with open(path, 'r+') as fo:
        f.flock(fo, f.LOCK_EX | f.LOCK_NB)
        f.flock(fo.fileno(), f.LOCK_UN)
        f.lockf(fo, f.LOCK_SH, 10, 0, 0)
        f.lockf(fo, f.LOCK_UN)
        lock = struct.pack('hhllhh', f.F_WRLCK, 0, 0, 0, 0, 0)
        print(f.fcntl(fo, f.F_SETLKW, lock) == lock)
    os.close(fd)

r, w = os.pipe()
print(f.fcntl(r, f.F_GETFL) & os.O_NONBLOCK, f.fcntl(r, f.F_SETFL, os.O_NONBLOCK))
print(f.fcntl(r, f.F_GETFL) & os.O_NONBLOCK, os.get_blocking(r))
print(f.fcntl(w, f.F_SETPIPE_SZ, 5000), f.fcntl(w, f.F_GETPIPE_SZ))
os.close(r)
os.close(w)

for args in [(f.lockf, 0, 16), (f.flock, 0, 3), (f.fcntl, 0, 9999), (f.fcntl, 'x', 1), (f.fcntl, 2**31, 1),
             (f.fcntl, -1, 1), (f.fcntl, 0, f.F_GETFL, 'x' * 1025), (f.fcntl, 0, f.F_GETFL, 1.5),
             (f.fcntl, 99, f.F_GETFL), (f.fcntl, 0), (f.flock, 99, f.LOCK_SH), (f.ioctl, 99, 0)]:
    try:
        args[0](*args[1:])
    except Exception as e:
        print(args[0].__name__, type(e).__name__, e)
