# Class versus instance attributes; shared mutable class attributes.
class Counter:
    count = 0
    shared = []
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
    def add(self, v):
        self.shared.append(v)
a, b = Counter(), Counter()
print(a.id, b.id, Counter.count, a.count)
a.add("from a"); b.add("from b")
print(Counter.shared, a.shared is b.shared)
a.count = 100
print(a.count, b.count, Counter.count, "count" in vars(a))
del a.count
print(a.count)
Counter.count = 7
print(a.count, b.count)
class Config:
    settings = {"debug": False}
    name = "base"
class Child(Config):
    name = "child"
print(Child.settings is Config.settings, Child.name, Config.name)
Child.settings = {"debug": True}
print(Config.settings, Child.settings)
print(sorted(k for k in vars(Child) if not k.startswith("__")))
print(type(Config.__dict__).__name__)
try:
    Config.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
setattr(Config, "added", 42)
print(Child.added, getattr(Child(), "added"), hasattr(Config, "nope"))
class WithMethod:
    def m(self): return "method"
w = WithMethod()
w.m = lambda: "instance override"
print(w.m(), WithMethod().m(), WithMethod.m(w))
