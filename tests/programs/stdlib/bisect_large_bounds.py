# bisect over sequences longer than 2**53 (a range of sys.maxsize items, a class with __len__ and
# __getitem__) and bounds past 2**31, with CPython's argument errors.
import bisect, sys

class Range:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop
        self.last_insert = None
    def __len__(self):
        return self.stop - self.start
    def __getitem__(self, i):
        if 0 <= i < self.stop - self.start:
            return self.start + i
        raise IndexError
    def insert(self, i, x):
        self.last_insert = (i, x)

n = sys.maxsize
for data in (range(n - 1), Range(0, n - 1)):
    print(bisect.bisect_left(data, n - 3), bisect.bisect_right(data, n - 3),
          bisect.bisect_left(data, n - 3, n - 10, n), bisect.bisect_right(data, n - 3, n - 10, n))
d = Range(0, n - 1)
x = n - 100
bisect.insort_left(d, x, x - 50, x + 50)
print(d.last_insert == (x, x))
big = range(5_000_000_000)
print(bisect.bisect(big, 4_000_000_001), bisect.bisect_left(big, 3_000_000_000, 2**31, 2**32))
l = [1, 3, 5]
bisect.insort(l, 4)
print(l, bisect.bisect_left(l, 3, key=lambda v: v))
for f in (lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect([1], 1, 2**64), lambda: bisect.bisect([1], 1, 0, 'x'),
          lambda: bisect.bisect(5, 1), lambda: bisect.bisect([1, 2], 1, 0, 5)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
