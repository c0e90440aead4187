# array: iterators and their pickling, fromfile/tofile, subclasses and pickle, slices with steps, sizes (__sizeof__ follows arraymodule.c growth).
from array import array
import io
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
a = array('i', [1,2])
it = iter(a); t(lambda: list(it)); t(lambda: it.__reduce__()); it2 = iter(a); t(lambda: it2.__setstate__(-5)); t(lambda: next(it2)); it2.__setstate__(10); t(lambda: list(it2))
t(lambda: array('u', b'\xff\xff\xff\xff')[0])
t(lambda: array('u', b'\xff\xff\xff\xff').tounicode())
b = array('i', [1,2,3]); t(lambda: b.fromfile(io.BytesIO(b'\x01\x00\x00\x00\x02'), 2)); t(lambda: b)
t(lambda: b.fromfile(io.BytesIO(b'\x01\x00\x00\x00'), 2)); t(lambda: b); t(lambda: b.fromfile(io.StringIO('abcd'), 1)); t(lambda: b.fromfile(io.BytesIO(), -1))
f = io.BytesIO(); t(lambda: array('h',[1,2]).tofile(f)); t(lambda: f.getvalue()); t(lambda: b.tofile(5))
t(lambda: array('i').append()); t(lambda: array('i').insert(1)); t(lambda: array('i').pop(1,2)); t(lambda: array('i').index()); t(lambda: array('i',[1]).index(1, 'x'))
t(lambda: array('i', [1,2,3]).index(2, 2**70)); t(lambda: array('i',[1])[2**70]); t(lambda: array('i',[1]).pop(2**70))
class A(array):
    pass
x = A('i', [1,2]); x.foo = 1
t(lambda: x); t(lambda: x.__reduce_ex__(3)); t(lambda: x.__reduce_ex__(2)); t(lambda: type(x[:])); t(lambda: type(x + x)); t(lambda: type(x * 2)); t(lambda: type(x.__copy__()))
t(lambda: A('i', [1], 3)); t(lambda: A('i', x=3))
import pickle
t(lambda: pickle.loads(pickle.dumps(x)).__dict__); t(lambda: pickle.loads(pickle.dumps(array('f', [1.5]), 0)))
t(lambda: array('i', [1,2]) == array('i', [1,2])); t(lambda: array('i', [1,2]) != array('b', [1,3])); t(lambda: array('i', [1,2]) >= array('b', [1,2,0])); t(lambda: array('u','ab') < array('u', 'b'))
t(lambda: array('u','ab') == array('i', [1]))
t(lambda: array('b').__getitem__(slice(0,0)))
c = array('i', range(10)); c[2:8:3] = array('i', [0, 0]); t(lambda: c)
c = array('i', range(10)); c[::-1] = c; t(lambda: c)
c = array('i', range(10)); c[2:5] = c; t(lambda: c)
c = array('i', range(10)); del c[8:2:-2]; t(lambda: c)
c = array('i', range(10)); del c[::-1]; t(lambda: c)
t(lambda: array('i', [1]) * 2**70)
t(lambda: array('i', [1,2,3]) + 5)
class R:
    def __radd__(self, o): return 'radd'
    def __rmul__(self, o): return 'rmul'
t(lambda: array('i') + R()); t(lambda: array('i') * R())
t(lambda: array('l', [1]).__sizeof__())
for n in range(0, 40, 3):
    a = array('b')
    for i in range(n): a.append(1)
    print(n, a.__sizeof__(), end='; ')
print()
a = array('b', [1]*20); a.pop(); print(a.__sizeof__()); del a[:10]; print(a.__sizeof__())
a = array('b', b'abcdefgh'); print(a.__sizeof__()); a.frombytes(b'x'); print(a.__sizeof__())
a = array('b', range(5)) ; a *= 3; print(a.__sizeof__()); a += a; print(a.__sizeof__())
a = array('u', 'hello'); print(a.__sizeof__())
