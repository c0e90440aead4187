# struct.unpack_from's errors, with and without an offset (without one, the short-buffer message crashed).
import struct
for args in [('<L', b''), ('<L', b'ab'), ('<L', b'abcd', 2), ('<L', b'abcd', -10), ('<L', b'abcdef', -3), ('<L', bytearray(b'ab'))]:
    try:
        print(struct.unpack_from(*args))
    except Exception as e:
        print(type(e).__name__, e)
s = struct.Struct('<L')
for args in [(b'',), (b'abcd', 1)]:
    try:
        print(s.unpack_from(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(struct.unpack('<L', b''))
except Exception as e:
    print(type(e).__name__, e)
