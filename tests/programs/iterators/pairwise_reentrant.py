# itertools.pairwise whose underlying iterator calls it again (gh-109786, in 3.11.7): no internal error, CPython's results.
from itertools import pairwise


def reentrant(reenter_at, maxcount=None, default=False):
    """A pairwise over an iterator whose next() calls the pairwise itself at the given counts."""
    class I:
        count = 0
        def __iter__(self):
            return self
        def __next__(self):
            if maxcount is not None and self.count >= maxcount:
                raise StopIteration
            self.count += 1
            if self.count in reenter_at:
                return next(it, None) if default else next(it)
            return [self.count]
    it = pairwise(I())
    return it


for n in (1, 2, 3, 4):
    print(list(reentrant({1}, n, True)))
for n in range(1, 6):
    it = reentrant({1}, n, True)
    try:
        print(next(it), next(it, None))
    except StopIteration:
        print('stop', n)
for r, n in (({1}, 2), ({2}, 3), ({3}, 4), ({1, 2}, 2), ({1, 3}, 2), ({1, 4}, 3), ({2, 3}, 3)):
    it = reentrant(r)
    print(sorted(r), [next(it) for _ in range(n)])
print(list(pairwise('abcd')), list(pairwise('')), list(pairwise('a')))
