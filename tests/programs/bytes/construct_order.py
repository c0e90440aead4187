# bytes()/bytearray() construction in bytes_new's order (__bytes__ before the str test, an __index__ raising
# TypeError falls through, a list shrinking under __index__), item assignment's GH-91153 order, bytes*1 identity.
class BytesSubclass(bytes): pass
class ByteArraySubclass(bytearray): pass
class StrWithBytes(str):
    def __new__(cls, value):
        self = str.__new__(cls, '\u20ac')
        self.value = value
        return self
    def __bytes__(self):
        return self.value
class IndexWithBytes:
    def __bytes__(self): return b'a'
    def __index__(self): return 42
class B(bytes):
    def __index__(self): raise TypeError
class BadIndex:
    def __index__(self): raise ValueError('no')
class X:
    def __index__(self):
        a.clear()
        return 42
class RetBA:
    def __bytes__(self): return bytearray(b'x')
class RetSub:
    def __bytes__(self): return BytesSubclass(b'sub')
def show(f):
    try:
        r = f()
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)
for T in (bytes, BytesSubclass, bytearray, ByteArraySubclass):
    print('--', T.__name__)
    show(lambda: T(StrWithBytes(b'abc')))
    show(lambda: T(StrWithBytes(b'abc'), 'iso8859-15'))
    show(lambda: T(StrWithBytes(BytesSubclass(b'abc'))))
    show(lambda: T(IndexWithBytes()))
    show(lambda: T(B(b'foobar')))
    show(lambda: T(BadIndex()))
    show(lambda: T(RetBA()))
    show(lambda: T(RetSub()))
    a = [X(), X()]
    show(lambda: T(a))
    show(lambda: T('abc'))
    show(lambda: T('abc', errors='strict'))
    show(lambda: T(b'abc', 'ascii'))
    show(lambda: T(3, errors='x'))
    show(lambda: T(encoding='ascii'))
    show(lambda: T(-1))
    show(lambda: T([1, 300]))
    show(lambda: T((1, 2.5)))
    show(lambda: T(1.5))
class Boom:
    def __index__(self):
        b.clear()
        return 0
b = bytearray(b'Now you see me...')
show(lambda: b.__setitem__(0, Boom()))
b = bytearray(b'abc')
show(lambda: b.__setitem__('x', Boom()))
show(lambda: b.__setitem__(5, 'x'))
show(lambda: b.__setitem__(1, 300))
a = b'123abc1@'
print(a * 1 is a, 1 * a is a, a * -4 is a, a * 0 is a, b''.__mul__(3) is b'', BytesSubclass(b'x') * 1 is BytesSubclass(b'x'))
class BytesWithBytes(bytes):
    def __new__(cls, value):
        self = bytes.__new__(cls, b'\xa4')
        self.value = value
        return self
    def __bytes__(self):
        return self.value
for r in (bytes(BytesWithBytes(b'abc')), BytesSubclass(BytesWithBytes(b'abc')), bytes(BytesWithBytes(BytesSubclass(b'abc'))),
          bytes(BytesSubclass(b'q')), bytes(b'z'), bytearray(BytesWithBytes(b'abc'))):
    print(type(r).__name__, r)
