# Files and directories through os: mkdir/listdir/scandir/stat/rename/replace/remove/rmdir, os.walk.
import os
import stat

base = '/tmp/typhon_os_files_%d' % os.getpid()
os.mkdir(base)
try:
    os.makedirs(os.path.join(base, 'sub', 'deep'))
    for name, data in [('a.txt', b'hello'), ('b.bin', b'\x00' * 100), ('sub/c.txt', b'x')]:
        fd = os.open(os.path.join(base, name), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        print('wrote', os.write(fd, data))
        os.close(fd)
    print(sorted(os.listdir(base)), sorted(os.listdir(base.encode()))[:1])
    st = os.stat(os.path.join(base, 'b.bin'))
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), oct(stat.S_IMODE(st.st_mode)))
    print(len(st), type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime_ns // 10**9 == int(st.st_mtime))
    print(stat.S_ISDIR(os.stat(base).st_mode), stat.filemode(os.stat(base).st_mode)[0])
    with os.scandir(base) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.path == os.path.join(base, e.name))
    print([e.stat().st_size for e in entries if e.is_file()])
    os.rename(os.path.join(base, 'a.txt'), os.path.join(base, 'renamed.txt'))
    os.replace(os.path.join(base, 'renamed.txt'), os.path.join(base, 'b.bin'))
    print(sorted(os.listdir(base)), os.path.getsize(os.path.join(base, 'b.bin')))
    os.symlink('b.bin', os.path.join(base, 'link'))
    print(os.readlink(os.path.join(base, 'link')), os.path.islink(os.path.join(base, 'link')),
          os.lstat(os.path.join(base, 'link')).st_size, os.stat(os.path.join(base, 'link')).st_size)
    fd = os.open(os.path.join(base, 'b.bin'), os.O_RDWR)
    print(os.read(fd, 2), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, -1, os.SEEK_END), os.read(fd, 10), os.read(fd, 10))
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, b'J')
    os.lseek(fd, 0, 0)
    print(os.read(fd, 100), os.fstat(fd).st_size)
    os.ftruncate(fd, 2)
    print(os.fstat(fd).st_size)
    os.close(fd)
    walked = []
    for root, dirs, files in os.walk(base):
        dirs.sort()
        walked.append((os.path.relpath(root, base), sorted(dirs), sorted(files)))
    print(walked)
    print(os.access(base, os.R_OK), os.access(base + '/nope', os.F_OK))
    os.chmod(os.path.join(base, 'b.bin'), 0o600)
    print(oct(os.stat(os.path.join(base, 'b.bin')).st_mode & 0o777))
    os.utime(os.path.join(base, 'b.bin'), (1000000000, 1234567890))
    print(os.stat(os.path.join(base, 'b.bin')).st_mtime, os.path.getmtime(os.path.join(base, 'b.bin')))
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            p = os.path.join(root, d)
            if os.path.islink(p):
                os.unlink(p)
            else:
                os.rmdir(p)
    os.rmdir(base)
print(os.path.exists(base))
