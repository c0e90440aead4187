# bool values inside containers collide with 0/1; counting and indexing with booleans.
d = {}
d[1] = "one"
d[True] = "true"
d[0] = "zero"
d[False] = "false"
print(d, len(d))
s = {True, 1, 1.0, False, 0, 0.0}
print(s, len(s))
print([0, 1, 2][True], "ab"[False], (10, 20)[True:])
flags = [x > 2 for x in range(6)]
print(flags, flags.count(True), flags.index(True), sum(flags), sorted(flags))
print(True in [1], 1 in [True], False in [0.0], [True].index(1))
print(list(map(int, [True, False])), [str(b) for b in (True, False)], [repr(b).lower() for b in (True, False)])
votes = {"yes": 0, "no": 0}
for v in [True, False, True, True]:
    votes["yes" if v else "no"] += 1
print(votes, max(votes, key=votes.get))
print({k: bool(k) for k in [0, 1, "", "x", None]}, dict.fromkeys([True, 1]), any(()), all(()))
