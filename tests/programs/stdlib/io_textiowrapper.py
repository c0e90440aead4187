# io.TextIOWrapper over an in-memory buffer, IncrementalNewlineDecoder, and the standard streams.
import io
import sys

raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding='utf-8', newline='\r\n')
print(t.write('one\ntwo\n'), t.encoding, t.errors, t.line_buffering)
t.flush()
print(raw.getvalue())
t.seek(0)
print(t.readlines(), t.tell())
d = t.detach()
print(d is raw)
try:
    t.read()
except ValueError as e:
    print('ValueError:', e)
t = io.TextIOWrapper(io.BytesIO('ligne 1\r\nligne 2\rfin é'.encode('utf-8')))
print(t.readline(), repr(t.readline()), repr(t.read()), t.newlines)
t = io.TextIOWrapper(io.BytesIO(b'abc\ndef\n'), encoding='ascii')
print(t.read(2), t.tell(), t.readline(), t.tell(), t.read())
t = io.TextIOWrapper(io.BytesIO('Ünïcödé'.encode('latin-1')), encoding='latin-1')
print(t.read())
big = io.TextIOWrapper(io.BytesIO(('\u20ac' * 5000 + '\n').encode('utf-8') * 3))
lines = big.readlines()
print(len(lines), [len(x) for x in lines])
lb = io.TextIOWrapper(io.BytesIO(), line_buffering=True)
lb.write('no newline')
print(lb.buffer.getvalue())
lb.write(' then\n')
print(lb.buffer.getvalue())
dec = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(dec.decode('a\r')), repr(dec.decode('\nb\r')), repr(dec.decode('', final=True)), dec.newlines)
dec = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(dec.decode('x\r\ny\rz\n', final=True)), dec.newlines)
try:
    io.TextIOWrapper(io.BytesIO(), encoding='no-such-codec')
except LookupError as e:
    print('LookupError:', e)
try:
    io.TextIOWrapper(io.BytesIO(), newline='x')
except ValueError as e:
    print('ValueError:', e)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdout.writable(), sys.stdin.readable())
print(isinstance(sys.stdout, io.TextIOWrapper), sys.stdout.fileno(), sys.stderr.fileno(), sys.stdout.errors, sys.stderr.errors)
sys.stdout.write('via write\n')
sys.stdout.flush()
sys.stdout.buffer.write(b'via buffer\n')
sys.stdout.buffer.flush()
print('after buffer')
print(sys.stdout.readable())
try:
    sys.stdout.read()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation:', e, isinstance(e, OSError), isinstance(e, ValueError))
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.open is open)
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedReader, io.BufferedIOBase), issubclass(io.StringIO, io.TextIOBase))
class Upper(io.RawIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n].upper()
        self.data = self.data[n:]
        return n
r = io.BufferedReader(Upper(b'custom raw\nsecond'))
print(r.readline(), r.read())
print(Upper(b'abc').read(2), Upper(b'xyz').readall())
text = io.TextIOWrapper(io.BufferedReader(Upper(b'wrapped\ntext\n')), encoding='ascii')
print(list(text))
