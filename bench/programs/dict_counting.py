# Dict-heavy counting: histograms over int and tuple keys, setdefault, membership, update, pops.
N = 1200000
x = 7
hist = {}
pairs = {}
groups = {}
for i in range(N):
    x = (x * 48271) % 2147483647
    k = x % 5003
    hist[k] = hist.get(k, 0) + 1
    p = (k % 37, x % 41)
    if p in pairs:
        pairs[p] += 1
    else:
        pairs[p] = 1
    groups.setdefault(k % 101, []).append(i)
print(len(hist), max(hist.values()), min(hist.values()))
print(len(pairs), sum(pairs.values()), max(pairs, key=lambda p: (pairs[p], p)))
inv = {}
for k, v in hist.items():
    inv.setdefault(v, set()).add(k)
print(len(inv), sorted(len(s) for s in inv.values())[-3:])
merged = dict(hist)
merged.update({k: -v for k, v in pairs.items() if k[0] == 3})
for k in list(merged):
    if isinstance(k, int) and k % 3 == 0:
        del merged[k]
print(len(merged), sum(len(g) for g in groups.values()), sum(groups[7][:10]))
