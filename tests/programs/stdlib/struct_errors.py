# struct: the range-error matrix of every integer code in each byte order, floats and argument errors.
import struct
def t(s):
    try: r = eval(s)
    except Exception as e: print(s, '->', type(e).__name__, e)
    else: print(s, '=>', repr(r))
for c in 'bBhHiIlLqQnNP':
    for p in '@<>':
        if p != '@' and c in 'nNP': continue
        for v in ('2**70', '-2**70', '2**40', '-1', '2**16', '-2**31-1'):
            t(f"struct.pack('{p}{c}', {v})")
for s in ["struct.pack('<e', float('inf'))", "struct.pack('<e', 65520.0)", "struct.pack('<e', 65519.0)", "struct.pack('<f', float('inf'))", "struct.pack('<f', 3.5e38)", "struct.pack('<f', 3.4028235e38)", "struct.pack('<e', 1e-8)", "struct.pack('<e', 6e-8)", "struct.unpack('<e', b'\\x00\\x7c')", "struct.unpack('<e', b'\\x01\\x7c')", "struct.Struct('i').__init__('h')", "struct.pack('<i', *[])", "struct.pack()", "struct.pack(1)", "struct.unpack('<i')", "struct.unpack('<i', 'abcd')", "struct.calcsize(1)", "struct.Struct('i').pack_into(bytearray(4), 0, 5)", "struct.unpack_from('<i', b'abcd', 0)", "struct.unpack_from('<i', buffer=b'abcd')", "struct._clearcache()", "struct.pack('<4sx', b'ab')", "struct.pack('<?', 2)"]:
    t(s)
