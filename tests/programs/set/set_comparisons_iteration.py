# Set comparison operators, iteration over int sets, and mutation during iteration.
a = {1, 2, 3}
for b in [{1, 2, 3}, {1, 2}, {1, 2, 3, 4}, {4}, set()]:
    print(sorted(b), a == b, a != b, a < b, a <= b, a > b, a >= b)
print(sorted({10, 5, 1, 7}), list({2, 1, 3}), list({100, 1, 10}))
print(min({5, 3, 9}), max(frozenset({5, 3, 9})), sum({1, 2, 3}), sorted({-1, -2, 0}))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
for x in list(s):
    s.discard(x)
print(s)
print({1, 2} == frozenset({1, 2}), {1, 2}.__eq__([1, 2]), {1} < frozenset({1, 2}))
print(set([1, 2]) | frozenset([3]), sorted(frozenset([3]) | set([1])))
big = set(range(10000))
print(len(big), 9999 in big, 10000 in big, len(big - set(range(0, 10000, 2))))
print(repr(set()), repr({1}), repr(frozenset()), repr(frozenset({1})), str({(1, 2)}))
