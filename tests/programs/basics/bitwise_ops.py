# Bitwise operators on positive/negative and big ints.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1)]:
    print(a, b, a & b, a | b, a ^ b, ~a)
big = 1 << 100
print(big, big >> 99, big | 1, big & (big - 1), (big - 1).bit_length())
print(-big >> 98, -1 << 70, ~big)
print(bin(0b1011 & 0b0110), bin(0b1011 | 0b0110), bin(0b1011 ^ 0b0110))
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)])
def bits(n, width=8):
    return "".join("1" if n >> i & 1 else "0" for i in reversed(range(width)))
for v in (0, 1, 5, 128, 255, -1 & 0xFF, -128 & 0xFF):
    print(v, bits(v))
print(True & False, True | False, True ^ True, type(True ^ True))
print(5 & True, ~True, ~False)
mask = 0
for flag in (1, 4, 16):
    mask |= flag
print(mask, mask & 4 != 0, mask & 2 != 0)
try:
    print(1.5 & 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 >> -2)
except ValueError as e:
    print("ValueError:", e)
print(0x7FFFFFFF + 1, -0x80000000 - 1, (1 << 64) - 1, 2 ** 63 >> 63)
