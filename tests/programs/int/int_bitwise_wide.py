# &, | and ^ on ints beyond 32 bits (a 53-bit fast path in int.ts) agree with CPython, signs included.
vals = [0, 1, -1, 2**31, -2**31, 2**31-1, 2**32, 2**32-1, -2**32, 2**52, -2**52, 2**53-1, -(2**53-1), 12345678901234, -98765432109876, 0xFFFFFFFF, 0x1FFFFFFFFFFFFF]
out = []
for a in vals:
    for b in vals:
        out.append((a & b, a | b, a ^ b))
print(out)
