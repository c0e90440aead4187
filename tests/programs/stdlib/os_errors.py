# OSError subclasses raised by os functions: errno, strerror, filename, messages; the errno module.
import errno
import os

base = '/tmp/typhon_os_errors_%d' % os.getpid()
os.mkdir(base)
os.chdir(base)
try:
    def show(f, *args):
        try:
            f(*args)
        except OSError as e:
            print(type(e).__name__, e.errno, errno.errorcode[e.errno], repr(e.strerror), repr(e.filename), repr(e.filename2), '|', e)
    show(os.stat, 'missing')
    show(os.listdir, 'missing')
    show(os.remove, 'missing')
    show(os.rmdir, 'missing')
    show(open, 'missing')
    show(os.rename, 'missing', 'other')
    os.mkdir('d')
    show(os.mkdir, 'd')
    show(open, 'd')
    show(os.remove, 'd')
    with open('f', 'w') as fh:
        fh.write('x')
    show(os.listdir, 'f')
    show(os.rmdir, 'f')
    show(os.mkdir, 'f/sub')
    os.mkdir('d/inner')
    show(os.rmdir, 'd')
    show(open, 'f', 'x')
    show(os.stat, b'missing')
    show(os.close, 9999)
    show(os.readlink, 'f')
    e = OSError(errno.ENOENT, 'No such file or directory', 'x')
    print(type(e).__name__, isinstance(e, FileNotFoundError), e.args)
    print(OSError(errno.EEXIST, 'x').__class__.__name__, OSError(1, 'x').__class__.__name__, OSError('plain').errno)
    print(os.strerror(errno.ENOENT), os.strerror(errno.EACCES), os.strerror(0), os.strerror(99999))
    print(errno.ENOENT, errno.EEXIST, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[2], len(errno.errorcode) > 100)
    for bad in [None, 3.5, ['x']]:
        try:
            os.stat(bad)
        except TypeError as e:
            print('TypeError:', e)
    try:
        os.stat('a\0b')
    except ValueError as e:
        print('ValueError:', e)
finally:
    os.chdir('/')
    os.remove(base + '/f')
    os.rmdir(base + '/d/inner')
    os.rmdir(base + '/d')
    os.rmdir(base)
