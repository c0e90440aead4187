# Larger list workloads: building, sorting, deduplicating, rotating (well under a second).
n = 50000
seq = [(i * 2654435761) % 1000003 for i in range(n)]
print(len(seq), seq[:5], min(seq), max(seq))
s = sorted(seq)
print(s[:5], s[-5:], s[n // 2])
uniq = sorted(set(seq))
print(len(uniq), len(seq) - len(uniq))
seq.sort(key=lambda v: (v % 100, v))
print(seq[:5])
k = 12345
rotated = seq[k:] + seq[:k]
print(rotated[0] == seq[k], rotated[-1] == seq[k - 1])
chunks = [seq[i:i + 1000] for i in range(0, n, 1000)]
print(len(chunks), [len(c) for c in chunks[-2:]], sum(sum(c) for c in chunks) == sum(seq))
stack = []
for v in range(100000):
    stack.append(v)
while len(stack) > 10:
    stack.pop()
print(stack)
lst = [0] * 1000
for i in range(1000):
    lst[i] = i * i
print(lst[999], lst.index(250000), lst.count(0), 998001 in lst)
m = [[0] * 100 for _ in range(100)]
for i in range(100):
    m[i][i] = 1
print(sum(map(sum, m)), m[50][50], m[50][51])
