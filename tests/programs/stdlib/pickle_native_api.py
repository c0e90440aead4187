# The _pickle Pickler/Unpickler API: round trips through loads and files (BytesIO, read/readline-only
# files, peek), memo proxies, persistent ids, dispatch tables, reducer_override, fast mode, subclassing,
# out-of-band buffers with PickleBuffer, and hand-written pickles of old protocols.
import pickle, _pickle, io, copyreg, collections, pickletools, re


def show(o):
    if isinstance(o, (set, frozenset)):
        return f'{type(o).__name__}{sorted(o, key=repr)}'
    return re.sub(' at 0x[0-9a-f]+', '', repr(o))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


values = [None, True, 1, -5, 2**70, 1.25, 'text', '\U0001f600\ud800', b'\x00bytes', bytearray(b'ba'),
          (1, (2, 3)), [1, [2]], {'k': [1]}, {1, 2}, frozenset({3}), Point(1, 2), collections.OrderedDict(a=1),
          [Point(1, 2)] * 3, complex(1, -1), list(range(1100))]
for proto in range(6):
    for v in values:
        s = pickle.dumps(v, proto)
        back = pickle.loads(s)
        f = io.BytesIO()
        pickle.dump(v, f, proto)
        f.seek(0)
        back2 = pickle.load(f)
        print(proto, show(back), back == v or show(back) == show(v), show(back2) == show(back), f.read())

# Several pickles in one file, read one after the other (the unpickler reads only its own bytes).
f = io.BytesIO()
p = pickle.Pickler(f, 4)
for v in ([1, 2], 'two', {'three': 3}):
    p.dump(v)
f.write(b'trailer')
f.seek(0)
u = pickle.Unpickler(f)
print([u.load() for _ in range(3)], f.read())


class Reader:
    """read and readline only: no peek, no readinto."""
    def __init__(self, data):
        self.f = io.BytesIO(data)
        self.calls = []

    def read(self, n):
        self.calls.append(('read', n))
        return self.f.read(n)

    def readline(self):
        self.calls.append(('readline',))
        return self.f.readline()


big = {'k': b'x' * 70000, 's': 'y' * 100, 'l': list(range(50))}
for proto in (0, 2, 4, 5):
    r = Reader(pickle.dumps(big, proto) + b'rest')
    out = pickle.load(r)
    print(proto, out == big, len(r.calls), r.calls[:6], r.f.read())


class Peeker(Reader):
    def peek(self, n):
        self.calls.append(('peek', n))
        return self.f.getvalue()[self.f.tell():self.f.tell() + n]


r = Peeker(pickle.dumps([1, 'a', b'b' * 10], 4) + b'after')
print(pickle.load(r), r.calls, r.f.read())

# Memo proxies.
f = io.BytesIO()
p = pickle.Pickler(f, 2)
obj = ['shared']
p.dump([obj, obj])
m = p.memo.copy()
print(sorted((idx, show(o)) for idx, o in m.values()))
print(type(p.memo).__name__, type(p.memo).__module__, p.memo.__reduce__()[0])
p2 = pickle.Pickler(io.BytesIO(), 2)
p2.memo = p.memo
p2.dump(obj)
print(p2.memo.copy() == {}, len(p2.memo.copy()))
p.clear_memo()
print(p.memo.copy())
p.memo = {id(obj): (0, obj)}
f2 = io.BytesIO()
p.dump(obj)
print(f.getvalue()[-4:])
u = pickle.Unpickler(io.BytesIO(pickle.dumps([obj, obj], 2)))
u.load()
print(sorted(u.memo.copy().items(), key=lambda kv: kv[0]))
u.memo = {5: 'five'}
print(u.memo.copy())
u.memo.clear()
print(u.memo.copy())


# persistent_id / persistent_load, as methods and as attributes.
class PP(pickle.Pickler):
    def persistent_id(self, o):
        return 'pid' + o if isinstance(o, str) and o.startswith('@') else None


class PU(pickle.Unpickler):
    def persistent_load(self, pid):
        return ('loaded', pid)


for proto in range(6):
    f = io.BytesIO()
    PP(f, proto).dump(['@a', 'b', ['@c']])
    print(proto, f.getvalue(), PU(io.BytesIO(f.getvalue())).load())
f = io.BytesIO()
p = pickle.Pickler(f, 0)
p.persistent_id = lambda o: 'X' if o == 42 else None
p.dump([42, 43])
u = pickle.Unpickler(io.BytesIO(f.getvalue()))
u.persistent_load = lambda pid: f'got {pid}'
print(f.getvalue(), u.load())

# dispatch_table (instance attribute and class attribute), reducer_override.
def reduce_point(pt):
    return (complex, (pt.x, pt.y))


f = io.BytesIO()
p = pickle.Pickler(f, 3)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Point] = reduce_point
p.dump(Point(3, 4))
print(pickle.loads(f.getvalue()))


class TablePickler(pickle.Pickler):
    dispatch_table = {Point: reduce_point}


f = io.BytesIO()
TablePickler(f).dump([Point(5, 6)])
print(pickle.loads(f.getvalue()))


class Override(pickle.Pickler):
    def reducer_override(self, o):
        if o is len:
            return (max, (1, 2))
        if isinstance(o, Point):
            return (str, ('point',))
        return NotImplemented


f = io.BytesIO()
Override(f, 4).dump([len, Point(0, 0), 7])
print(pickle.loads(f.getvalue()))

# fast mode: no memo.
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.fast = True
x = [1]
p.dump([x, x])
print(p.fast, p.bin, f.getvalue())

# Out-of-band buffers.
for proto in (5,):
    data = [pickle.PickleBuffer(b'ro'), pickle.PickleBuffer(bytearray(b'rw'))]
    print(pickle.dumps(data, proto))
    bufs = []
    s = pickle.dumps(data, proto, buffer_callback=bufs.append)
    print(s, [bytes(b) for b in bufs])
    back = pickle.loads(s, buffers=bufs)
    print([type(b).__name__ for b in back], [bytes(b) for b in back], [memoryview(b).readonly for b in back])
    s = pickle.dumps(data, proto, buffer_callback=lambda b: True)
    print(s)
pb = pickle.PickleBuffer(bytearray(b'abc'))
with memoryview(pb) as m:
    m[0] = ord('z')
print(bytes(pb), pb.raw().tobytes(), pb.raw().format)
pb.release()
pb.release()

# Hand-written pickles of protocols 0-2 (what Python 2 wrote), incl. fix_imports and encodings.
old = [b'I42\n.', b'I01\n.', b'I00\n.', b'I0x1f\n.', b'I010\n.', b'I99999999999999999999\n.', b'L12345678901234567890L\n.',
       b'L-5\n.', b'F1.5\n.', b'Finf\n.', b'F-nan\n.', b"S'abc'\n.", b'S"a\\nb"\n.', b'Vsnow \\u2603\n.', b'(lp0\nI1\naI2\na.',
       b'(dp0\nS\'k\'\np1\nI1\ns.', b'(I1\nI2\ntp0\n.', b'c__builtin__\nset\np0\n((lp1\nI1\natp2\nRp3\n.',
       b'ccopy_reg\n_reconstructor\n(c__builtin__\nobject\nNtR.', b'(I1\nI2\nI3\nl(I9\n0.', b'U\x03abcq\x00.',
       b'T\x03\x00\x00\x00abc.', b'\x80\x02U\x03\xe9\xe9\xe9.', b'(i__builtin__\nobject\n.', b'(c__builtin__\nlist\no.',
       b'I1\n2.', b'(I1\n1I2\n.', b'\x80\x02cUserDict\nUserDict\n.', b'\x80\x02c__builtin__\nxrange\n.']
for s in old:
    for enc in ('ASCII', 'latin1', 'bytes'):
        try:
            print(s, enc, show(pickle.loads(s, encoding=enc)))
        except Exception as e:
            print(s, enc, 'error', type(e).__name__, e)
print(pickle.loads(b'\x80\x02c__builtin__\nset\n.', fix_imports=False) if False else 'skip')

# Subclasses with their own __init__ and state.
class Counting(pickle.Pickler):
    def __init__(self, f, proto):
        super().__init__(f, proto)
        self.saved = 0

    def persistent_id(self, o):
        self.saved += 1
        return None


f = io.BytesIO()
c = Counting(f, 4)
c.dump({'a': [1, 2, (3,)]})
print(c.saved, pickletools.dis(f.getvalue(), annotate=0) if False else len(f.getvalue()))


class FindClass(pickle.Unpickler):
    def find_class(self, module, name):
        return (module, name)


print(FindClass(io.BytesIO(pickle.dumps([Point, len, collections.OrderedDict], 2))).load())
print(FindClass(io.BytesIO(pickle.dumps([Point, len], 4))).load())

# Pickler/Unpickler objects themselves: not picklable, their attributes and members.
import copy
for o in (pickle.Pickler(io.BytesIO()), pickle.Unpickler(io.BytesIO()), pickle.Pickler(io.BytesIO()).memo):
    try: pickle.dumps(o)
    except Exception as e: print(type(e).__name__, e)
    try: copy.copy(o); print('copied')
    except Exception as e: print(type(e).__name__, e)
print(sorted(n for n in dir(_pickle.Pickler) if not n.startswith('__')))
print(sorted(n for n in dir(_pickle.Unpickler) if not n.startswith('__')))
print(sorted(n for n in dir(_pickle.PickleBuffer) if not n.startswith('__')))
print(type(pickle.Pickler(io.BytesIO()).memo).__name__, type(pickle.Unpickler(io.BytesIO()).memo).__name__)
p = pickle.Pickler(io.BytesIO(), 2); p.fast = 1; p.bin = 0; print(p.fast, p.bin)
try: p.fast = 'x'
except Exception as e: print(type(e).__name__, e)
class Sub(pickle.Pickler): pass
s = Sub(io.BytesIO()); s.extra = 5; print(s.extra, s.__dict__)
print(pickle.Pickler.__module__, pickle.Pickler.__name__, pickle.Pickler.__qualname__)
try: hash(p.memo)
except Exception as e: print(type(e).__name__, e)
