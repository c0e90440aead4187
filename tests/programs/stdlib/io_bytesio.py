# io.BytesIO: buffer operations, seeking past the end, readinto, iteration, getbuffer, errors.
import io

b = io.BytesIO(b'line1\nline2\nrest')
print(b.read(3), b.tell(), b.readline(), b.readlines())
print(b.seek(0), list(b), b.getvalue())
b = io.BytesIO()
print(b.write(b'abc'), b.write(bytearray(b'def')), b.write(memoryview(b'gh')), b.getvalue())
b.seek(10)
b.write(b'Z')
print(b.getvalue(), b.tell(), b.seek(-2, 2), b.read(), b.seek(-100, 1))
buf = bytearray(4)
b.seek(0)
print(b.readinto(buf), buf, b.read1(2), b.read1())
print(b.truncate(3), b.getvalue(), b.tell())
print(bytes(b.getbuffer()), b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
print(io.BytesIO(b'abc').read(-1), io.BytesIO(b'abc').read(None), io.BytesIO(b'a\nb').readline(1))
b.close()
try:
    b.read()
except ValueError as e:
    print('ValueError:', e)
for bad in ['str', 5]:
    try:
        io.BytesIO().write(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    io.BytesIO().seek(-1)
except ValueError as e:
    print('ValueError:', e)
with io.BytesIO(b'x') as c:
    print(c.read(), isinstance(c, io.BufferedIOBase), isinstance(c, io.IOBase))
print(c.closed)
r = io.BufferedReader(io.BytesIO(b'buffered\ndata'))
print(r.peek(3)[:3], r.read(4), r.readline(), r.read(), r.read())
w = io.BufferedWriter(io.BytesIO())
print(w.write(b'abc'), w.raw.getvalue(), w.flush(), w.raw.getvalue())
rw = io.BufferedRandom(io.BytesIO(b'0123456789'))
print(rw.read(3), rw.write(b'AB'), rw.tell(), rw.seek(0), rw.read())
