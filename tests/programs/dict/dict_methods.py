# Every dict method.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
d.update(a=-1)
print(d)
print(d.popitem(), d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c["new"] = 1
print(d, c)
c.clear()
print(c, len(c))
print(dict.fromkeys("abc"), dict.fromkeys(["k1", "k2"], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
print(dict(a=1, b=2), dict([("a", 1)], b=2), dict({"a": 1}, a=2), dict(zip("ab", [1, 2])))
for bad in [lambda: {}.popitem(), lambda: d.update(5), lambda: d.update([1]), lambda: dict([("a", 1, 2)]),
            lambda: {}.setdefault(), lambda: {}.get(), lambda: {[]: 1}, lambda: d.fromkeys(5)]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(sorted(m for m in dir(dict) if not m.startswith("_")))
print(d.__len__(), d.__contains__("a"), d.__getitem__("a"), "a" in d, 1 in d)
print(reversed(d).__next__(), list(reversed(d.items())))
