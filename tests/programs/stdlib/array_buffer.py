# array and the buffer protocol: bytes/bytearray/memoryview/struct/io see the array's storage.
import array, struct, io, os, tempfile, copy, pickle

a = array.array('i', [1, -2, 3])
print(bytes(a), bytearray(a), len(bytes(a)))
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.tolist(), m.readonly, m.shape)
m[1] = 42
print(a, a[1])
try:
    a.append(5)
except BufferError as e:
    print('BufferError', e)
m.release()
a.append(5)
print(a)

b = array.array('d', [0.0] * 3)
struct.pack_into('<d', b, 8, 2.5)
print(b, struct.unpack_from('<3d', b))
with memoryview(b) as mv:
    print(mv.cast('B')[8:16].tobytes())

h = array.array('H', [1, 2, 0xFFFF])
print(h.tobytes(), memoryview(h).tolist())
f = io.BytesIO()
f.write(h)
print(f.getvalue())
c = array.array('b', [1, 2, 3])
print(b'x' + bytes(c), bytes(c).hex(), c.tobytes() == bytes(c))
print(array.array('B', b'\x00\xff').tolist(), array.array('B', memoryview(b'ab')).tolist() if False else '')
u = array.array('u', 'hé😀')
print(len(u), u.tobytes(), u.tounicode(), memoryview(u).format, u.itemsize)

path = os.path.join(tempfile.mkdtemp(), 'arr.bin')
with open(path, 'wb') as fh:
    array.array('l', [1, 2, 3, -(2 ** 63)]).tofile(fh)
    fh.write(array.array('f', [0.5]))
with open(path, 'rb') as fh:
    r = array.array('l')
    r.fromfile(fh, 4)
    g = array.array('f')
    g.fromfile(fh, 1)
    print(r, g)
    try:
        r.fromfile(fh, 1)
    except EOFError as e:
        print('EOFError', e)
os.remove(path)

for tc in array.typecodes:
    init = 'ab' if tc == 'u' else [1, 2]
    x = array.array(tc, init)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        y = pickle.loads(pickle.dumps(x, proto))
        assert y == x and y.typecode == tc, (tc, proto)
    print(tc, x.itemsize, copy.copy(x), copy.deepcopy(x) == x, x.__reduce_ex__(3)[1][2])
it = iter(array.array('i', [7, 8, 9]))
next(it)
it2 = pickle.loads(pickle.dumps(it))
print(list(it2), list(it))
print(array.array('f', [0.1, 1e39, -1e39, 3.4e38]))
print(array.array('d', [0.1, float('nan'), float('-inf')]))
x = array.array('h', [1, 2, 3]); x.byteswap(); print(x, x.tobytes())
print(array.array('i', [1, 2]) < array.array('d', [1, 2.5]), array.array('i') == array.array('u'))
print(sorted(array.array('i', [3, 1, 2])), sum(array.array('d', [0.5, 0.25])), list(reversed(array.array('b', [1, 2, 3]))))
import collections.abc
print(isinstance(array.array('b'), collections.abc.MutableSequence))
# A view nothing refers to any more no longer pins the array's size (CPython frees it at once).
a = array.array('i', [1])
bytes(memoryview(a))
def peek():
    v = memoryview(a)
    return v[0]
peek()
a.append(2)
m = memoryview(a)
try:
    a.append(3)
except BufferError as e:
    print(e)
del m
a.append(3)
print(a)
