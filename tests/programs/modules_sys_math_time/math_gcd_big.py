# gcd and lcm over big and small ints of every size class (Lehmer's steps on the leading bits must agree with Euclid).
import math
vals = [0, 1, 2, 3, 6, 12, 2**53 - 1, 2**53, 2**64 + 1, 3**100, 2**200 * 3**50, 10**40 + 7, 6**80, 5**120 * 7**3, 2**1000 - 1, 2**600 - 1, 12345678901234567890123456789]
out = []
for a in vals:
    for b in vals:
        out.append(math.gcd(a, b))
        out.append(math.gcd(-a, b * 7))
        out.append(math.lcm(a, b) % 1000000007)
print(sum(out) % 1000000009, out[:40])
x, y = 1, 1
for i in range(200):
    x, y = y, x + y
print(math.gcd(x, y), math.gcd(x * 3 ** 40, y * 3 ** 50))
