# Sorting: a million pseudo-random ints with list.sort, sorted with a key, and reverse.
N = 1000000
x = 12345
data = []
for _ in range(N):
    x = (x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    data.append((x >> 33) - (1 << 30))
a = list(data)
a.sort()
print(a[0], a[N // 2], a[-1])
b = sorted(data, key=lambda v: v % 1000)
print(b[0], b[1], b[-1])
c = sorted(data[:200000], key=abs, reverse=True)
print(c[0], c[-1])
data.sort(reverse=True)
print(data[:3] == a[-1:-4:-1])
