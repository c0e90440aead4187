# Every set method, on small integer sets (deterministic order).
s = {3, 1, 2}
s.add(4); s.add(1); print(sorted(s))
s.discard(10); s.discard(4); print(sorted(s))
s.remove(3); print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, range(4))), sorted(a.difference(b, {1})), sorted(a.symmetric_difference([4, 7])))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1, 2}), a.isdisjoint({8, 9}), a.isdisjoint(b), a <= a, a < a, {1} < a)
c = set(a)
c.update([10, 11], {12}); print(sorted(c))
c.intersection_update(range(11)); print(sorted(c))
c.difference_update({1, 2}); print(sorted(c))
c.symmetric_difference_update({3, 100}); print(sorted(c))
c |= {7}; c &= {4, 7, 10, 100}; c -= {100}; c ^= {0}; print(sorted(c))
d = c.copy(); d.clear(); print(d, sorted(c), len(c))
p = {5}
print(p.pop(), p)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
for bad in [lambda: a | [1], lambda: a & "x", lambda: a < [1], lambda: {[]}, lambda: a.add([])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(m for m in dir(set) if not m.startswith("_")))
print(set(), set("aab") == {"a", "b"}, set(range(3)), set({1: 2}), {1, 1.0, True}, len({0, -0.0, False}))
