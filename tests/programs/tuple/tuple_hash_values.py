# Tuple hashes equal CPython's exactly (xxHash lanes over the item hashes), nested tuples included.
vals = [(), (1,), (1, 2), (-1,), (-2,), (2**62, -2**63), (1.5, -0.0, 1e300), ((1, 2), (3, (4,))),
        (True, False), tuple(range(100)), (2**100,), (-2**53, 2**53 + 1), (frozenset(),)]
for v in vals:
    print(hash(v))
acc = 0
for i in range(-3000, 3000, 7):
    acc ^= hash((i, i * i * i * 1000003, -i, (i,)))
print(acc)
print(hash((1, 2)) == hash((1.0, 2.0)), {(1, 2): 'a'}[(1.0, 2)])
# frozenset hashes are order-independent and equal CPython's; a union type hashes as the frozenset of its args.
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset({(1, 2), 3.5})), hash(frozenset(range(1000))))
print(hash(frozenset([frozenset([1]), frozenset()])), hash(frozenset([-1, 2**64, 1.5])))
print(hash(int | str) == hash(str | int), hash(int | None) == hash(frozenset([int, type(None)])))
