# Operators vs methods: methods accept any iterable, operators need sets.
a = {1, 2, 3}
print(sorted(a.union([4], (5,), range(6, 8))), sorted(a.intersection("123", [1, 2])), sorted(a.difference([1], {2})))
for expr in ["a | [4]", "a & (1,)", "a - range(2)", "a ^ 'x'", "a <= [1, 2, 3]"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "TypeError:", e)
print(a.issubset(range(5)), a.issuperset([1, 2]), a.isdisjoint("abc"))
b = set()
b |= {1}
b.update([2], (3,))
b -= {1}
b.difference_update([3])
print(b)
fs = frozenset([1, 2])
print(type(a | fs).__name__, type(fs | a).__name__, type(fs.union(a)).__name__, type(a.union(fs)).__name__)
print(set("hello") - set("world") == {"h", "e"}, len(set("hello") | set("world")))
print(sorted({x for x in range(30) if x % 2} & {x for x in range(30) if x % 3 == 0}))
print(sorted(set.union(*[{i, i + 1} for i in range(0, 10, 3)])), set.intersection({1, 2}, {2, 3}, {2}))
