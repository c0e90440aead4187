# math.comb / math.perm: results just above 2**53 must be exact (the double shortcut for n <= 60
# multiplied before dividing and lost the last digit of comb(56, 27)).
import math

for n, k in [(56, 27), (56, 29), (57, 24), (57, 33), (58, 23), (58, 35), (59, 22), (59, 37), (60, 30), (61, 30)]:
    print(n, k, math.comb(n, k), math.perm(n, k) % 1000000007)

# every comb/perm for n <= 70, summarised by a checksum per n
for n in range(71):
    print(n, sum(math.comb(n, k) * (k + 1) for k in range(n + 2)) % (2**61 - 1),
          sum(math.perm(n, k) % 999983 for k in range(n + 2)))

print(math.comb(2**63 - 1, 3), math.perm(2**64, 2), math.comb(10**30, 10**30 - 2))
for a in [(-1, 0), (0, -1), (2**64, 2**63), (1.0, 2), (5, 6)]:
    for f in (math.comb, math.perm):
        try:
            print(f.__name__, a, f(*a))
        except Exception as e:
            print(f.__name__, a, type(e).__name__, e)
