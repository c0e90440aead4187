# hash(float) is |x| mod 2**61-1 as a rational (negated for x < 0), so that equal numbers of any type hash
# alike: checked on normal, subnormal, huge, tiny, negative and integral values, and against Fraction.
import struct
from fractions import Fraction

values = [0.5, -0.5, 1.5, -1.5, 0.1, 1 / 3, -1 / 3, 2.0 ** -61, 2.0 ** -62, 2.0 ** -1074, -(2.0 ** -1074),
          3 * 2.0 ** -1074, 2.0 ** -1022, 2.0 ** 52 + 0.5, 2.0 ** 60 * 1.5, 1e308, -1e308, 1e-308, 123.456,
          6.02214076e23, 1.7976931348623157e308, 2.2250738585072014e-308, 4.9e-324, 1.0, -1.0, 0.0, -0.0,
          2.0 ** 61, 2.0 ** 61 - 2 ** 9, float('inf'), float('-inf')]
bits = [0x3ff0000000000001, 0x000fffffffffffff, 0x7fefffffffffffff, 0xbfe5555555555555, 0x0000000000012345,
        0x4340000000000001, 0x3c90000000000000]
values += [struct.unpack('<d', struct.pack('<Q', b))[0] for b in bits]
for v in values:
    print(repr(v), hash(v))
for v in values[:20]:
    assert hash(v) == hash(Fraction(v)), v
print(hash(-1.0), hash(-0.5) == -hash(0.5))
print(len({v for v in values}), len({hash(v) for v in values}))
