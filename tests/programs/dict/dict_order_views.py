# Insertion order and dynamic views.
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d), d)
d["alpha"] = 100
print(list(d))
del d["zeta"]
d["zeta"] = 0
print(list(d))
keys, values, items = d.keys(), d.values(), d.items()
print(type(keys).__name__, type(values).__name__, type(items).__name__, len(keys))
d["new"] = 1
print(list(keys), list(values), list(items)[-1])
print("new" in keys, 1 in values, ("new", 1) in items, ("new", 2) in items)
k2 = {"alpha": 0, "other": 0}.keys()
print(sorted(keys & k2), sorted(keys | k2), sorted(keys - k2), sorted(keys ^ k2), sorted(k2 - keys))
print(sorted(keys & {"beta", "x"}), keys == {"alpha", "mid", "beta", "zeta", "new"}, keys.isdisjoint({"q"}))
print(sorted(items & {("mid", 3), ("x", 1)}), sorted(items - {("mid", 3)})[:2])
print(keys.mapping is d if hasattr(keys, "mapping") else None, items.mapping["mid"])
try:
    values & values
except TypeError as e:
    print("TypeError:", e)
print(values == values, d.values() == d.values(), list(reversed(values)))
try:
    keys[0]
except TypeError as e:
    print("TypeError:", e)
it = iter(d)
d["another"] = 2
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
it = iter(d)
d["alpha"] = -5
print(next(it), "(updating a value does not invalidate)")
it = iter(d.items())
del d["mid"]
d["mid"] = 3
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
