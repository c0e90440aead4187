# TextIOWrapper and IOBase edge cases: detach, reconfigure, subclassed buffers, pending text, bad readers.
import io, codecs


def show(f, *a, **kw):
    try:
        r = f(*a, **kw)
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)


# After detach(): what needs no buffer still works.
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='ascii', errors='replace', line_buffering=True)
t.write('howdy')
print(t.detach() is b, b.getvalue())
print(repr(t), t.encoding, t.errors, t.line_buffering, t.write_through, t.buffer)
for name in ['name', 'closed', 'newlines', '_CHUNK_SIZE']:
    show(getattr, t, name)
show(t.detach)
u = io.TextIOWrapper.__new__(io.TextIOWrapper)
show(repr, u)
show(lambda: (u.encoding, u.line_buffering, u.write_through, u.buffer))
show(lambda: u.errors)

# Bad names: C strings.
for kw in [{'encoding': '\udcfe'}, {'encoding': 'utf-8\0'}, {'encoding': 'utf-8', 'errors': '\udcfe'}, {'encoding': 'utf-8', 'errors': 'strict\0'}]:
    show(io.TextIOWrapper, io.BytesIO(), **kw)
show(codecs.lookup, 'utf-8\0')
show(codecs.lookup, '\udcfe')

# reconfigure(): no new encoding or newline once text was read; flags by __index__; an implicit flush.
raw = io.BytesIO('abc\xe9\n'.encode('latin1') + 'd\xe9f\n'.encode('utf8'))
t = io.TextIOWrapper(raw, encoding='latin1', newline='\n')
print(repr(t.readline()))
show(t.reconfigure, encoding='utf-8')
show(t.reconfigure, newline=None)
show(t.reconfigure, line_buffering=2 ** 1000)
show(t.reconfigure, write_through=1.5)
show(t.reconfigure, line_buffering=2)
print(t.line_buffering)
r = io.BytesIO()
t = io.TextIOWrapper(io.BufferedWriter(r, 1000), encoding='utf-8', newline='\n')
t.write('AB\nC')
print(r.getvalue())
t.reconfigure(line_buffering=True)
print(r.getvalue())
t.write('DEF\nG')
print(r.getvalue())

# A Python subclass of BufferedWriter is called through its methods.
calls = []
class Writer(io.BufferedWriter):
    def write(self, data):
        calls.append(bytes(data))
        return super().write(data)
    def flush(self):
        calls.append('flush')
        return super().flush()
raw = io.BytesIO()
t = io.TextIOWrapper(Writer(raw, 2), encoding='ascii', write_through=True)
t.write('a')
print(calls, raw.getvalue())
t.write('b' * 10)
print(calls, raw.getvalue())

# Pending text never grows past _CHUNK_SIZE: what is pending is written first.
class Raw(io.RawIOBase):
    def __init__(self):
        self.writes = []
    def writable(self):
        return True
    def write(self, data):
        self.writes.append(len(data))
        return len(data)
raw = Raw()
t = io.TextIOWrapper(io.BufferedWriter(raw, 4), encoding='ascii')
t._CHUNK_SIZE = 8
t.write('abc')
t.write('def')
print(raw.writes)
t.write('x' * 9)
print(raw.writes)
t.write('gh')
t.flush()
print(raw.writes)

# Readers that misbehave.
class TooMuch(io.BufferedIOBase):
    def read(self, n=-1):
        return b'x' * 10
class NotBytes(io.BufferedIOBase):
    def read(self, n=-1):
        return bytearray(b'ab')
show(TooMuch().readinto, bytearray(2))
show(NotBytes().readinto, bytearray(2))
class NoLen(io.IOBase):
    def readline(self):
        return None
show(next, NoLen())
class ListLine(io.IOBase):
    def readline(self):
        return [1]
show(next, ListLine())
inner = io.BufferedReader(io.BytesIO(b'12'))
inner.readinto = lambda buf: b''
try:
    io.BufferedReader(inner).readline()
except OSError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__suppress_context__)
show(io.BufferedReader, io.BytesIO(), 2 ** 62)

# open() in append mode on a pipe: the seek to the end fails with ESPIPE, which only marks it unseekable.
import os
r, w = os.pipe()
f = open(w, 'a', encoding='utf-8')
print(f.seekable(), f.buffer.raw.seekable())
f.write('hi\n')
f.flush()
print(os.read(r, 10))
f.close()
os.close(r)
