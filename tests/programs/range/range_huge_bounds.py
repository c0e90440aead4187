# range with bounds beyond 2**53 and 2**63: len's OverflowError, items, slices, reversed, iterator kinds, contains/index/count, __len__ results near ssize limits.
import sys
M = sys.maxsize
cases = [range(10**30), range(-10**30, 10**30, 7), range(10**20, -10**20, -3**30), range(M - 2, M + 5),
         range(-M - 5, -M + 2), range(0, 2**64, 2**32), range(2**63 - 1), range(2**63), range(-2**63, 0),
         range(5, 10**25, 10**24), range(10**18, 10**18 + 3), range(0, -(2**70), -(2**69))]
for r in cases:
    print(repr(r), bool(r), r.start, r.stop, r.step)
    try: print(' len', len(r))
    except OverflowError as e: print(' OverflowError:', e)
    print(' len()', r.__len__() if r.__len__ is not None and False else '-')
    print(' items', r[0], r[-1], r[len(r) // 2] if len(range(0)) == 0 and False else '')
    it = iter(r); print(' iter', next(it), next(it), type(it).__name__)
    rv = reversed(r); print(' reversed', next(rv), next(rv), type(rv).__name__)
    print(' slices', r[1:], r[::2], r[::-1], r[5:-5:3], r[-3:], r[10**40:], r[:-(10**40)])
    x = r[1]
    print(' contains', x in r, x + 1 in r, r[-1] in r, r.stop in r)
    print(' index/count', r.index(x), r.count(x), r.count(x + 1))
    try: r.index(r.stop)
    except ValueError as e: print(' ValueError:', str(e)[:60])
    print(' hash eq', hash(r) == hash(range(r.start, r.stop, r.step)), r == r[:], r == range(0))
for r, k in [(range(10**30), 10**30), (range(10**30), -10**30 - 1), (range(10), 2**64), (range(10**30), 2**64)]:
    try: print(r[k])
    except (IndexError, OverflowError) as e: print(type(e).__name__ + ':', e)
try: range(10**30).__len__()
except OverflowError as e: print('OverflowError:', e)
print(range(2**63).__reduce__(), list(range(2**63 - 3, 2**63 + 3, 2)), list(reversed(range(2**64, 2**64 + 3))))
try: iter(range(10**30)).__length_hint__()
except OverflowError as e: print('OverflowError:', e)
print(iter(range(2**62)).__length_hint__())
class L:
    def __len__(self): return 2**62
print(len(L()))
class L2:
    def __len__(self): return 2**63
try: len(L2())
except OverflowError as e: print('OverflowError:', e)
class L3:
    def __len__(self): return -2**70
try: len(L3())
except (OverflowError, ValueError) as e: print(type(e).__name__, e)
