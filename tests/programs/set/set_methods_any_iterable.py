# set methods with sets and other iterables: CPython's algorithms decide which object of equal keys is kept
# (1, 1.0, True) and the resulting layout.
def show(label, r):
    print(label, r, [type(x).__name__ for x in r] if isinstance(r, (set, frozenset)) else '')

a = set([1, 2, 3, 8, 16])
show('intersection list', a.intersection([1.0, 16.0, 99]))
show('intersection set', a.intersection({1.0, 16.0, 99}))
show('intersection smaller set', a.intersection({1.0}))
show('intersection equal sizes', set([1, 2]).intersection(set([2.0, 1.0])))
show('intersection multi', a.intersection([1.0, 2.0, 3.0], (2, 3.0)))
show('intersection none', a.intersection())
show('& frozenset', frozenset([1, 2]) & set([1.0, 2.0, 3.0]))
show('& set', set([1.0, 2.0, 3.0]) & frozenset([1, 2]))
# The loop over a non-set stops once everything is found.
def g():
    yield 1
    raise ValueError
print({1}.intersection(g()))
s = set([1, 2, 3]); s.intersection_update([3.0, 2.0]); show('intersection_update', s)
s = set([1, 2, 3]); s &= {3.0, 2.0}; show('&=', s)
s = set(range(20)); s.intersection_update(); show('intersection_update()', s)
# difference: fast paths by size, and a resize when a quarter of the table is dummies.
big = set(range(40))
show('difference small', big.difference([1, 2, 3]))
show('difference dict', set(range(8)).difference(dict.fromkeys([1, 2])))
show('difference set', set(range(8)).difference({1, 2, 3, 4, 5, 6}))
show('difference multi', set(range(30)).difference([1], {2}, range(20, 40)))
s = set(range(0, 200, 8)); s.difference_update(range(0, 200, 16)); show('difference_update', s)
s = set(range(0, 200, 8)); s -= set(range(0, 200, 16)); show('-=', s)
s = set([5, 37, 69]); s.difference_update(set(range(1000))); show('difference_update big', s)
s = set(range(10)); s.difference_update(s); show('difference_update self', s)
s = set(range(64)); s.difference_update(range(0, 64, 2)); s.add(1000); show('after purge', s)
# symmetric difference: an exact dict directly, other iterables made a set first.
show('symmetric_difference list', set([1, 2, 3]).symmetric_difference([3.0, 4.0, 4]))
show('symmetric_difference dict', set([1, 2, 3]).symmetric_difference(dict.fromkeys([3.0, 4.0, 9])))
s = set([1, 2, 3, 17, 33]); s.symmetric_difference_update(dict.fromkeys([33.0, 49, 1.0])); show('sdu dict', s)
s = set([1, 2, 3, 17, 33]); s.symmetric_difference_update([33.0, 49, 1.0, 49.0]); show('sdu list', s)
s = set([1, 2]); s ^= frozenset([2.0, 3.0]); show('^=', s)
show('^', frozenset([1, 9]) ^ set([1.0, 2.0, 17]))
# union
show('union', set([1]).union([1.0, 2.0], {2, 3}, dict.fromkeys([3.0, 4])))
show('|', frozenset([1, 17]) | {1.0, 33.0})
# comparisons and tests with iterables
print(set([1, 2]).issubset([1, 2, 3]), set([1, 5]).issubset(range(3)), set([1]).issuperset([1.0]))
print(set([1]).issuperset([2, []]))
try:
    set([1]).issubset([1, []])
except TypeError as e:
    print('TypeError', e)
print(set([1, 2]).isdisjoint([3, 4]), set([1, 2]).isdisjoint(iter([5, 2])), frozenset().isdisjoint(frozenset()))
print(set([1]) <= frozenset([1.0, 2]), set([1, 2]) > set([1]), set([1]) == frozenset([1.0]))
for bad in ([[]], 5):
    try:
        set([1]).intersection(bad)
    except TypeError as e:
        print('TypeError', e)
