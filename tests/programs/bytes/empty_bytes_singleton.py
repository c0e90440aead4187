# b'' is one object, as in CPython, whichever way an empty bytes is made; bytearray and bytes subclasses are not.
e = b''
empties = [bytes(), b'abc'[:0], bytes(e), e.join([]), (0).to_bytes(0, 'big'), bytes(0), bytes([]), bytes('', 'ascii'),
           ''.encode(), e * 5, b'x' * 0, b'ab'.strip(b'ab'), b'abc'.replace(b'abc', b''), bytes(bytearray()),
           b'a'.split(b'a')[0], memoryview(b'').tobytes(), b'abc'[3:], bytes.fromhex(''), b'xyz'[5:9]]
print([x is e for x in empties], len({id(x) for x in empties}), id(e) == id(bytes()))
class B(bytes):
    pass
print(B() is e, bytearray() is bytearray(), type(B()).__name__, B() == e, bytes(B()) is e)
import pickle, marshal, copy
print(pickle.loads(pickle.dumps((e, e, b''))) == (e, e, e), copy.copy(e) is e, copy.deepcopy(e) is e)
print(marshal.loads(marshal.dumps(e)) is e, hash(e) == hash(bytes()))
