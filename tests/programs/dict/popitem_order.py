# dict.popitem() takes the last inserted entry, whatever was deleted, re-set or re-inserted before, and a
# long loop of popitem() runs in linear time (it was quadratic: each call walked the whole table).
d = dict.fromkeys(range(10))
print(d.popitem(), d.popitem())
del d[7]
d[3] = 'x'  # an existing key keeps its place
d[100] = 1
print(d.popitem(), d.popitem())
del d[5]
d[5] = 'new'  # a re-inserted key goes last
print(d.popitem())
for i in range(1000):
    d[i + 1000] = i
    del d[i + 1000]
print(d.popitem(), len(d))


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, K) and other.v == self.v

    def __repr__(self):
        return f'K({self.v})'


d = {K(1): 1, 'a': 2, K(2): 3, 2.5: 4, True: 5}
print(d.popitem(), d.popitem(), d.popitem(), d.popitem(), d.popitem())
try:
    d.popitem()
except KeyError as e:
    print('KeyError:', e)

d = {'a': 1}
d.popitem()
d.update(b=2, c=3)
d2 = d.copy()
print(d2.popitem(), d.popitem())
d.clear()
d['z'] = 0
print(d.popitem())

big = dict.fromkeys(range(300_000))
n = 0
while big:
    k, _ = big.popitem()
    n += k
print(n)
