# bit_length, bit_count, and bitwise identities.
for n in [0, 1, 2, 3, 7, 8, 255, 256, -1, -255, -256, 2 ** 100, -(2 ** 100), 10 ** 30]:
    print(n, n.bit_length(), n.bit_count(), bin(n))
print(sum((i).bit_count() for i in range(1024)))
x = 0b1011_0110
print(x & -x, x & (x - 1), x | (x + 1), ~x & 0xFF, x ^ 0xFF)
print((-x).bit_length(), (~x).bit_length())
def reverse_bits(n, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print([reverse_bits(v, 4) for v in range(16)])
def gray(n):
    return n ^ (n >> 1)
print([bin(gray(i))[2:].zfill(3) for i in range(8)])
print((1 << 70) >> 68, -(1 << 70) >> 68, -1 >> 1000, 1 >> 1000)
print(0x_FFFF_FFFF_FFFF_FFFF + 1 == 1 << 64)
print(int.bit_length(5), int.bit_count(-7), True.bit_length(), False.bit_count())
print((12).as_integer_ratio(), (-5).as_integer_ratio(), (7).numerator, (7).denominator, (7).real, (7).imag)
print((5).conjugate(), (-3).__abs__(), (6).__neg__(), (10).__floordiv__(3), (10).__rtruediv__(4))
print(int.__add__(1, 2), (3).__mul__("a"), (2).__rmul__(4), (1).__lt__(2), (1).__eq__("1"))
