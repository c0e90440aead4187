# heapq and bisect on the native _heapq/_bisect: exact heap layouts, merge/nlargest, key=, errors.
import heapq, bisect

h = []
for v in [5, 3, 8, 1, 9, 2, 7, 1]:
    heapq.heappush(h, v)
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 10), data, heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
mx = [1, 5, 3, 9, 2]; heapq._heapify_max(mx); print(mx, heapq._heappop_max(mx), mx, heapq._heapreplace_max(mx, 0), mx)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge([3, 1], [2], reverse=True, key=None)))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(2, words), heapq.nlargest(2, [(1, 'b'), (1, 'a'), (0, 'z')]))
pq = []
for pri, name in [(2, 'b'), (1, 'a'), (3, 'c'), (1, 'aa')]:
    heapq.heappush(pq, (pri, name))
print([heapq.heappop(pq) for _ in range(4)])
big = list(range(3000, 0, -1)); heapq.heapify(big); print(big[:8], big[-3:], [heapq.heappop(big) for _ in range(5)])

a = [1, 2, 2, 2, 3, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
bisect.insort(a, 4); bisect.insort_left(a, 2); bisect.insort_right(a, 0); print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('z', 4), key=lambda r: r[1]); print(recs)
print(bisect.bisect_left([1.5, 2.5], 2), bisect.bisect_left(['a', 'c'], 'b'), bisect.bisect_left((1, 3, 5), 4))
class Seq:
    def __init__(self): self.d = [1, 3]
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
    def insert(self, i, x): self.d.insert(i, x)
s = Seq(); bisect.insort(s, 2); print(s.d)

def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: heapq.heappush([], 1, 2))
t(lambda: heapq.heappush(1, 2))
t(lambda: heapq.heappop([]))
t(lambda: heapq.heappop(1))
t(lambda: heapq.heapify(1))
t(lambda: heapq.heapreplace([], 1))
t(lambda: heapq.heappushpop([], 1))
t(lambda: bisect.bisect_left(1, 2))
t(lambda: bisect.bisect_left([1], 2, -1))
t(lambda: bisect.bisect_left([1, 2, 3], 2, 0, 10))
t(lambda: bisect.bisect_left())
t(lambda: bisect.bisect_left([1], 1, lo='a'))
t(lambda: bisect.bisect_left([1], 1, 0, None))
t(lambda: bisect.bisect_left(a=[1], x=1))
t(lambda: heapq.heappush([1, 'a'], 2))
