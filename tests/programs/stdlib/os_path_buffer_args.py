# posix path arguments: a bytes-like object (bytearray, memoryview) is taken as bytes with a
# DeprecationWarning naming the function; an OSError keeps the very object as its filename; a str and a
# bytes path mix in rename/link; set_blocking/get_blocking on a regular file; statvfs of an undecodable name.
import os
import tempfile
import warnings

warnings.simplefilter('always')
d = tempfile.mkdtemp()
try:
    for make in bytearray, memoryview:
        p = make(os.fsencode(d))
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            print(make.__name__, os.listdir(p), os.path.isdir(p))
        print([str(x.message) for x in w], [x.category.__name__ for x in w][:1])
    missing = bytearray(os.fsencode(os.path.join(d, 'missing')))
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            os.stat(missing)
        except FileNotFoundError as e:
            print('filename is the bytearray:', e.filename is missing)
        try:
            os.stat(bytearray(b'a\0b'))
        except ValueError as e:
            print('ValueError:', e)
    try:
        os.stat(3.5)
    except TypeError as e:
        print('TypeError:', e)
    try:
        os.listdir(object())
    except TypeError as e:
        print('TypeError:', e)

    src = os.path.join(d, 'a.txt')
    with open(src, 'w') as f:
        f.write('x')
    os.rename(os.fsencode(src), os.path.join(d, 'b.txt'))
    os.link(os.path.join(d, 'b.txt'), os.fsencode(os.path.join(d, 'c.txt')))
    print(sorted(os.listdir(d)))
    try:
        os.rename(b'/nonexistent-typhon', 'x')
    except FileNotFoundError as e:
        print(e.filename, e.filename2)

    fd = os.open(os.path.join(d, 'b.txt'), os.O_RDONLY)
    print(os.get_blocking(fd), end=' ')
    os.set_blocking(fd, False)
    print(os.get_blocking(fd), end=' ')
    os.set_blocking(fd, True)
    print(os.get_blocking(fd))
    os.close(fd)

    odd = os.path.join(os.fsencode(d), b'\xff')
    os.mkdir(odd)
    print(os.statvfs(os.fsdecode(odd)).f_namemax, os.statvfs(odd).f_bsize > 0)
    os.rmdir(odd)
finally:
    for n in os.listdir(d):
        os.unlink(os.path.join(d, n))
    os.rmdir(d)
