# Methods of closed streams, per class: FileIO's own message (no full stop), what each buffered class
# has (a reader is not writable, a writer's readline is IOBase's), IOBase's flush and close keyed on its own
# __IOBase_closed flag (a closed StringIO flushes), BytesIO's __iter__ without a check.
import io
import os
import tempfile
OUT = os.path.join(tempfile.mkdtemp(), 'out.bin')
open(OUT, 'wb').close()
for kind in ['raw', 'bufr', 'bufw', 'bufrw', 'text', 'bytesio', 'stringio']:
    if kind == 'raw': f = open(__file__, 'rb', buffering=0)
    elif kind == 'bufr': f = open(__file__, 'rb')
    elif kind == 'bufw': f = open(OUT, 'wb')
    elif kind == 'bufrw': f = open(OUT, 'r+b')
    elif kind == 'text': f = open(__file__)
    elif kind == 'bytesio': f = io.BytesIO(b'abc')
    else: f = io.StringIO('abc')
    f.close()
    for m in ['tell', 'read', 'seek', 'readline', 'fileno', 'isatty', 'readable', 'flush', 'peek', 'read1', 'readinto', 'truncate', 'write', 'writable', 'seekable', 'readlines', 'readall', 'getvalue', 'getbuffer', '__iter__', '__next__', '__enter__', 'writelines', 'detach']:
        try:
            fn = getattr(f, m)
        except AttributeError:
            continue
        a = {'seek': (0,), 'readinto': (bytearray(2),), 'write': (b'x' if kind not in ('text', 'stringio') else 'x',), 'writelines': ([],)}.get(m, ())
        try:
            r = fn(*a)
            print(kind, m, 'ok', r if not hasattr(r, 'read') else '')
        except Exception as e:
            print(kind, m, type(e).__name__, e)


class R(io.RawIOBase):
    def __init__(self): self.log = []
    def flush(self): self.log.append('flush'); super().flush()
    def readinto(self, b): return 0
    def readable(self): return True
class C(R):
    @property
    def closed(self): return True
for cls in (R, C):
    r = cls()
    r.close(); r.close()
    print(cls.__name__, r.log, r.closed)
    try:
        r.flush()
    except ValueError as e:
        print('VE', e)
    print(r.log)
class S(io.StringIO): pass
s = S(); s.close(); print(s.flush())
