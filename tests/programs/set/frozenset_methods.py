# frozenset: immutable, hashable, mixing with set.
f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, hash(f) == hash(frozenset({1, 2, 3})), f == {1, 2, 3})
print(type(f | {4}).__name__, type({4} | f).__name__, type(f & {1}).__name__, type(f.union([9])).__name__)
print(sorted(f.difference({1})), sorted(f.symmetric_difference({3, 4})), f.issubset(range(5)), f.copy() is f)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
nested = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(nested[frozenset({2, 1})], nested[frozenset()])
sets_of_sets = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(sets_of_sets))
print(frozenset() == set(), frozenset() is frozenset(), frozenset("ab") == frozenset("ba"))
print(sorted(m for m in dir(frozenset) if not m.startswith("_")))
g = f
g |= {10}
print(sorted(f), sorted(g), g is f)
def powerset(items):
    result = {frozenset()}
    for x in items:
        result |= {s | {x} for s in result}
    return result
ps = powerset([1, 2, 3])
print(len(ps), sorted(sorted(s) for s in ps))
