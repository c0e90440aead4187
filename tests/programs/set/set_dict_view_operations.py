# Set operations of dict views (dictobject.c): which side is converted or iterated decides the objects kept
# and the order; a non-iterable operand fails with the iteration error.
d = {1: 'a', 2: 'b', 3: 'c'}
k = d.keys()
for expr in ["k & {1.0}", "{1.0} & k", "k & {1.0, 2.0, 5, 6}", "k & [1.0, 2.0]", "[1.0, 2.0] & k", "k | {1.0}",
             "{1.0} | k", "k - {1.0}", "{1.0, 7} - k", "k ^ {1.0, 9}", "{1.0, 9} ^ k",
             "k & {1: 0}.keys()", "{1.0: 0, 2.0: 0, 3.0: 0, 4.0: 0}.keys() & k", "k & frozenset({1.0})",
             "1 | k", "k | 1", "k & 1", "1 & k", "k - 1", "1 - k", "k ^ 1", "1 ^ k",
             "d.items() & {(1, 'a'), (9, 'z')}", "{(1.0, 'a')} & d.items()", "d.items() ^ {(1.0, 'a')}",
             "d.items() | [(1.0, 'a')]", "d.items() ^ {1.0: 'a', 5: 'e'}.items()", "d.items() - [(2.0, 'b')]",
             "k & 'ab'", "k.isdisjoint([1.0])", "k & iter([2.0, 3.0])", "k | 'ab'", "k - iter([1])",
             "{1: 0}.keys() & {1.0, 2.0}", "{1: 0, 2: 0, 3: 0}.keys() & {1.0, 2.0}"]:
    try:
        r = eval(expr)
        print(expr, '->', r, [type(x).__name__ for x in r] if isinstance(r, (set, frozenset)) else '')
    except TypeError as e:
        print(expr, 'TypeError', e)
ks = [1, 17, 33, 2, 18, 49, 65]
print(dict.fromkeys(ks).keys() | set(), dict.fromkeys(ks).keys() - {2}, dict.fromkeys(ks).keys() ^ {7})
class Sub(dict): pass
print(Sub.fromkeys(ks).keys() | set(), Sub.fromkeys(ks).keys() & set(range(100)))
# Comparisons test membership item by item: unhashable values are fine.
e = {1: [], 2: {}}
print(e.items() == {1: [], 2: {}}.items(), e.items() <= {1: [], 2: {}, 3: 0}.items(), e.items() > {1: []}.items())
print(k == {1, 2, 3}, k != {1.0, 2, 3}, k < {1, 2, 3, 4}, k >= {1}, k == [1, 2, 3], {1, 2, 3} == k)
print(d.items().isdisjoint([(1, 'b')]), d.items().isdisjoint({(1, 'a')}), k.isdisjoint(k), {}.keys().isdisjoint({}.keys()))
