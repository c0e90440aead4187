# tuple: construction, methods, immutability, hashing.
t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t.count(1), t.index(4), t.index(1, 2), len(t), t[2:5], t[::-1], sorted(t), max(t))
try:
    t.index(7)
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(1)
except AttributeError as e:
    print("AttributeError:", e)
print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}))
print((1, 2) + (3,), (0,) * 3, 2 * (1, 2), (1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), () < (0,))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)], (1, [2]) == (1, [2]))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
mutable_inside = ([1], "s")
mutable_inside[0].append(2)
print(mutable_inside)
a, (b, c), *d = (1, (2, 3), 4, 5)
print(a, b, c, d)
print(1 in t, 7 not in t, t.__len__(), tuple.__getitem__(t, 0), type(t[1:]).__name__)
print(sorted(m for m in dir(tuple) if not m.startswith("_")))
print(tuple(x * x for x in range(4)), tuple(reversed((1, 2, 3))), tuple(zip((1, 2), "ab")))
print((1, 2, 3)[-1], (1, 2, 3)[5:], repr((1,)), str(("a", 'b"')), repr(((),)))
