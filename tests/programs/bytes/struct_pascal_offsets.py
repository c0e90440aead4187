# struct: a 'p' field longer than 256 bytes holds all the text it has room for (the length byte says 255),
# formats with NUL, and the messages of pack_into/unpack_from for negative and huge offsets.
import struct, sys
for fmt in ["\0", "c\0", "i\x00i"]:
    try:
        struct.Struct(fmt)
    except Exception as e:
        print(type(e).__name__, e)
for s in [b'', b'abc', b'x' * 300]:
    for n in [0, 1, 2, 5, 255, 256, 300]:
        print(n, struct.pack(f'{n}p', s)[:8], len(struct.pack(f'{n}p', s)))
try:
    struct.pack_into('<I', bytearray(10), sys.maxsize, 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    struct.unpack_from('<I', bytearray(10), -2)
except Exception as e:
    print(type(e).__name__, e)
try:
    struct.pack_into('<I', bytearray(10), -20, 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    struct.unpack_from('<I', bytearray(10), -20)
except Exception as e:
    print(type(e).__name__, e)
for code, inp in [('p', b'abc'), ('1p', b'abc'), ('2p', b'abc'), ('5p', b'abc'), ('1000p', b'x' * 1000), ('300p', bytearray(b'y' * 270)), ('3s', bytearray(b'ab'))]:
    g = struct.pack(code, inp)
    print(code, g[:6], g[-3:], len(g), struct.unpack(code, g)[0][-4:], len(struct.unpack(code, g)[0]))
