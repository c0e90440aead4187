# A memoryview that is not C-contiguous: what asks for a simple buffer (binascii, hashlib, zlib, struct,
# bytes methods, files, os.write) raises BufferError; what gathers strided data (bytes(), bytearray(),
# int.from_bytes, tobytes) works; join, concatenation, comparison and decoding give their TypeErrors.
import array
import base64
import binascii
import hashlib
import io
import os
import struct
import zlib

m = memoryview(bytearray(b'noncontig'))[::-2]


def t(name, f):
    try:
        r = f()
        print(name, 'ok', r)
    except Exception as e:
        print(name, type(e).__name__, e)


t('b2a_hex', lambda: binascii.b2a_hex(m))
t('crc32', lambda: binascii.crc32(m))
t('join', lambda: b''.join([m]))
t('bytes', lambda: bytes(m))
t('bytearray', lambda: bytearray(m))
t('sha256', lambda: hashlib.sha256(m).hexdigest())
t('zlib.crc32', lambda: zlib.crc32(m))
t('compress', lambda: zlib.compress(m))
t('b64encode', lambda: base64.b64encode(m))
t('unpack', lambda: struct.unpack('5B', m))
t('find', lambda: b'abc'.find(m))
t('add', lambda: b'x' + m)
t('decode', lambda: str(m, 'ascii'))
t('from_bytes', lambda: int.from_bytes(m, 'big'))
t('len', lambda: len(m))
t('tobytes', lambda: m.tobytes())


def iadd():
    b = bytearray(b'x')
    b += m
    return b


t('iadd', iadd)
t('array', lambda: array.array('B', m))
t('frombytes', lambda: array.array('B').frombytes(m))
t('BytesIO', lambda: io.BytesIO(m).getvalue())
t('BytesIO.write', lambda: io.BytesIO().write(m))
t('contains', lambda: m in b'abc')
t('startswith', lambda: b'abc'.startswith(m))
t('eq', lambda: m == b'gtonn')
t('bytearray eq', lambda: bytearray(b'gtonn') == m)
t('hex', lambda: m.hex())
t('cast', lambda: m.cast('B'))
t('memoryview', lambda: bytes(memoryview(m)))
t('index', lambda: b'abc'.index(m))
t('replace', lambda: b'abc'.replace(m, b''))
t('split', lambda: b'abc'.split(m))
t('translate', lambda: b'abc'.translate(None, m))
t('hash', lambda: hash(memoryview(b'abcdef')[::2]) == hash(b'ace'))
t('os.write', lambda: os.write(1, m))

# Writing into one: the read-write TypeErrors; a bytearray slice takes its bytes gathered, extend does not.
import socket

w = memoryview(bytearray(4))[::2]
b = bytearray(b'xxxx')
t('setslice', lambda: (b.__setitem__(slice(0, 2), m[:2]), b)[1])
t('extended slice', lambda: (b.__setitem__(slice(0, 4, 2), m[:2]), b)[1])
t('extend', lambda: b.extend(m))
t('pack_into', lambda: struct.pack_into('B', w, 0, 1))
t('readinto', lambda: io.BytesIO(b'zz').readinto(w))
t('buffered readinto', lambda: io.BufferedReader(io.BytesIO(b'zz')).readinto(w))
a, c = socket.socketpair()
t('recv_into', lambda: a.recv_into(w))
t('recv_into bytes', lambda: a.recv_into(buffer=b'x'))
t('recvfrom_into', lambda: a.recvfrom_into(b'x'))
a.close()
c.close()
