# itertools.pairwise whose underlying iterator calls it again (gh-109786, in 3.11.7): no internal error, CPython's results.
from itertools import pairwise
def check(maxcount, expected):
    class I:
        count = 0
        def __iter__(self):
            return self
        def __next__(self):
            if self.count >= maxcount:
                raise StopIteration
            self.count += 1
            if self.count == 1:
                return next(it, None)
            return [self.count]
    it = pairwise(I())
    print(list(it), expected)
for n, e in ((1, []), (2, []), (3, []), (4, [(([2], [3]), [4])])):
    check(n, e)
def check2(maxcount, expected):
    class I:
        count = 0
        def __iter__(self):
            return self
        def __next__(self):
            if self.count >= maxcount:
                raise StopIteration
            self.count += 1
            if self.count == 1:
                return next(it, None)
            return [self.count]
    it = pairwise(I())
    print(next(it), next(it, None))
for n in range(1, 6):
    try: check2(n, None)
    except StopIteration: print('stop', n)
print(list(pairwise('abcd')), list(pairwise('')), list(pairwise('a')))
def check3(reenter_at, n):
    class I:
        count = 0
        def __iter__(self):
            return self
        def __next__(self):
            self.count += 1
            if self.count in reenter_at:
                return next(it)
            return [self.count]
    it = pairwise(I())
    print(sorted(reenter_at), [next(it) for _ in range(n)])
for r, n in (({1}, 2), ({2}, 3), ({3}, 4), ({1, 2}, 2), ({1, 3}, 2), ({1, 4}, 3), ({2, 3}, 3)):
    check3(r, n)
