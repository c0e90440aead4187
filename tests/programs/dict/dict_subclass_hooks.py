# Which dict methods call overridden __setitem__/__getitem__ (most do not).
class Logging(dict):
    def __setitem__(self, k, v):
        print("  __setitem__", k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("  __getitem__", k)
        return super().__getitem__(k)
    def __missing__(self, k):
        print("  __missing__", k)
        return None
d = Logging(a=1)
print("init done", d)
d["b"] = 2
print("update:")
d.update(c=3)
print("setdefault:")
d.setdefault("e", 5)
print("get:", d.get("a"), d.get("zz"))
print("index:", d["a"], d["zz"])
print("copy type:", type(d.copy()).__name__, "| or type:", type(d | {}).__name__)
print("dict(d):", dict(d), "| ** unpack:", {**d})
print("in:", "a" in d, "zz" in d)
class Upper(dict):
    def __init__(self, *a, **k):
        super().__init__()
        self.update(*a, **k)
    def update(self, *a, **k):
        for key, v in dict(*a, **k).items():
            self[key.upper()] = v
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper({"x": 1}, y=2)
u["z"] = 3
u.update(w=4)
print(u, sorted(u))
