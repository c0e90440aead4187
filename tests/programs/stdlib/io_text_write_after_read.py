# A text file written after a read: the text goes where the buffer's read-ahead left the file position
# (CPython's TextIOWrapper drops its decoded text and decoder state, it does not seek back).
import os, tempfile

path = os.path.join(tempfile.mkdtemp(), 'rw.txt')
with open(path, 'w') as f:
    f.write('hello\nworld\nthird line\n')

with open(path, 'r+') as f:
    print(repr(f.readline()), f.tell())
    f.write('XX')
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))

with open(path, 'a+') as f:
    f.seek(0)
    print(repr(f.read(3)), f.tell())
    f.write('end\n')
    print(f.tell())

with open(path) as f:
    print(repr(f.read()))

# Seeking to a told position, then writing, overwrites in place.
with open(path, 'r+') as f:
    f.readline()
    pos = f.tell()
    f.seek(pos)
    f.write('WORLD')
    f.seek(0)
    print(repr(f.read()))

# Reading more than the read-ahead chunk, then writing.
with open(path, 'w') as f:
    f.write(''.join('line %d\n' % i for i in range(3000)))
with open(path, 'r+') as f:
    print(repr(f.readline()), f.tell())
    f.write('<mark>')
    print(f.tell())
with open(path) as f:
    data = f.read()
    print(len(data), data.index('<mark>'))

with open(path, 'rb+') as f:
    print(f.read(2), f.tell())
    f.write(b'ZZ')
    f.seek(0)
    print(f.read(12))
os.remove(path)
