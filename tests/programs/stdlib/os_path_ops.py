# os.path (posixpath) operations on strings and bytes: pure functions, no file system.
import os
import os.path as p

print(p.join('a', 'b', 'c'), p.join('/a', '/b', 'c'), p.join('a/', 'b'), p.join(b'a', b'b'))
print(p.split('/usr/lib/python3.11'), p.split('file'), p.split('/'), p.split(b'x/y'))
print(p.splitext('archive.tar.gz'), p.splitext('.bashrc'), p.splitext('a/b.c/d'), p.splitext(b'f.txt'))
print(p.basename('/a/b/c.txt'), p.dirname('/a/b/c.txt'), p.basename('a/'), repr(p.dirname('c')))
print(p.normpath('a//b/./c/../d'), p.normpath('/../x'), p.normpath(''), p.normpath('//a'), p.normpath('///a'))
print(p.isabs('/x'), p.isabs('x'), p.isabs(b'/'), p.commonprefix(['/usr/lib', '/usr/local', '/usr']))
print(p.commonpath(['/usr/lib', '/usr/local/lib']), p.relpath('/a/b/c', '/a/x'), p.relpath('a/b', 'a'))
print(p.splitdrive('/x/y'), p.normcase('AbC'))
print(os.sep, os.altsep, os.extsep, os.pathsep, os.curdir, os.pardir, os.devnull, repr(os.linesep), os.name)
print(p.abspath('x') == p.join(os.getcwd(), 'x'), p.abspath('/a/../b'))
print(p.realpath('/') , p.exists('/'), p.isdir('/'), p.isfile('/'), p.islink('/'), p.exists('/no/such/path'))
for bad in [None, 1.5]:
    try:
        p.join(bad, 'x')
    except TypeError as e:
        print('TypeError:', e)
try:
    p.join('a', b'b')
except TypeError as e:
    print('TypeError:', e)
print(os.fspath('s'), os.fspath(b'b'))
class P:
    def __fspath__(self):
        return 'from-fspath'
print(os.fspath(P()), p.join(P(), 'x'))
try:
    os.fspath(3)
except TypeError as e:
    print('TypeError:', e)
print(os.fsencode('caf\xe9'), ascii(os.fsdecode(b'caf\xc3\xa9')), ascii(os.fsdecode(b'\xff')))
