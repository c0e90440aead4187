# array with other buffer consumers (struct, hashlib, zlib, binascii, io, codecs), self-referencing updates, subclasses.
from array import array
import struct, hashlib, zlib, binascii, io, os, base64, codecs
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
a = array('i', [1, 2, 3])
t(lambda: struct.unpack('3i', a)); t(lambda: int.from_bytes(a, 'little')); t(lambda: hashlib.md5(a).hexdigest()); t(lambda: zlib.crc32(a))
t(lambda: binascii.hexlify(a)); t(lambda: b''.join([a, a])); t(lambda: io.BytesIO(a).read()); t(lambda: memoryview(a).cast('B').tolist())
t(lambda: base64.b64encode(a)); t(lambda: bytes(a) == a.tobytes()); t(lambda: b'\x01' in bytes(a)); t(lambda: bytearray(b'x') + a)
t(lambda: codecs.decode(array('b', b'hi'), 'ascii')); t(lambda: str(array('b', b'hi'), 'ascii')); t(lambda: array('b', b'hi').tobytes().decode())
t(lambda: array('i') < [1]); t(lambda: array('i') == [1]); t(lambda: [1] == array('i', [1]))
b = array('i', range(6)); b[::2] = b[1::2]; t(lambda: b); b[:] = b; t(lambda: b); b.extend(b); t(lambda: b); b += b; t(lambda: len(b))
c = array("B", b"abc"); t(lambda: c.frombytes(c)); t(lambda: c); c.frombytes(memoryview(b'zz')); t(lambda: c)
t(lambda: array('d', [1.0]).index(1)); t(lambda: 1.0 in array('i', [1])); t(lambda: array('i', [1]).count(True))
class A(array):
    def __init__(self, tc, init=(), extra=None):
        self.extra = extra
t(lambda: A('i', [1], extra=5).extra); t(lambda: A('i', [1], 5).extra)
class B(array):
    def __new__(cls, *a):
        return array.__new__(cls, 'd', a)
t(lambda: B(1, 2)); t(lambda: B(1, 2) + B(3)); t(lambda: type(B(1)[0:1]))
t(lambda: array('u', 'abc').index('b')); t(lambda: array('u', 'a\udcff').tounicode()); t(lambda: ascii(array('u', '\ud83d\ude00')))
t(lambda: array('I', [1]).__reduce_ex__(-1))
t(lambda: len(array('b', bytearray(100000))))
t(lambda: array('i', [5, 6]).__getitem__(True))
t(lambda: list(array('Q', [2**64-1, 2**53+1])))
t(lambda: array('f', [1/3]).tolist())
x = array('i', [1,2,3]); it = iter(x); next(it); x.pop(); x.pop(); t(lambda: list(it)); x.append(9); t(lambda: list(it))
