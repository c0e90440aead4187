# io.StringIO: writing, reading, seeking, newline modes, iteration and errors.
import io

s = io.StringIO()
print(s.write('hello\n'), s.write('wörld\n'), s.tell())
print(repr(s.getvalue()), s.seek(0), repr(s.read(3)), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(2)
s.write('XY')
print(repr(s.getvalue()), s.tell(), s.truncate(), repr(s.getvalue()))
s.seek(10)
s.write('!')
print(repr(s.getvalue()))
print(list(io.StringIO('a\nb\nc')), io.StringIO('a\nb').readlines(), io.StringIO('x\ny\n').readlines(2))
for nl in [None, '', '\n', '\r', '\r\n']:
    t = io.StringIO(newline=nl)
    t.write('a\nb\r\nc\rd')
    t.seek(0)
    print(repr(nl), repr(t.getvalue()), t.readlines(), repr(t.newlines))
t = io.StringIO('\U0001f600ab')
print(t.read(1), t.tell(), t.read(), t.tell(), t.seek(1), t.read())
print(s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering, s.encoding, s.errors)
s.close()
print(s.closed)
for f in [s.getvalue, s.read, lambda: s.write('x'), s.tell]:
    try:
        f()
    except ValueError as e:
        print('ValueError:', e)
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print('TypeError:', e)
try:
    io.StringIO(3)
except TypeError as e:
    print('TypeError:', e)
try:
    io.StringIO().seek(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    io.StringIO().seek(1, 1)
except OSError as e:
    print('OSError:', e)
with io.StringIO('ctx') as c:
    print(c.read())
print(c.closed, isinstance(c, io.TextIOBase), isinstance(c, io.IOBase))
