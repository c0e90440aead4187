# __getattr__, __getattribute__, __setattr__, __delattr__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)
class Target:
    def __init__(self):
        self.a = 1
t = Target()
p = Proxy(t)
print(p.a)
p.b = 2
print(t.b, p.b)
del p.a
print(hasattr(t, "a"))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
print(p._log)
class Tracing:
    def __init__(self):
        self.x = 10
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("getattribute", name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback:{name}"
tr = Tracing()
print(tr.x)
print(tr.nope)
class ReadOnly:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k!r}: read-only")
    def __delattr__(self, k):
        raise AttributeError(f"cannot delete {k!r}: read-only")
ro = ReadOnly(x=1)
for action in (lambda: setattr(ro, "x", 2), lambda: delattr(ro, "x")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(ro.x)
