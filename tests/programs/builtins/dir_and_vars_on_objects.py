# dir() and vars() on modules-free objects, classes with slots, and custom __dir__.
class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
c = Child()
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print(vars(c), sorted(k for k in vars(Child) if not k.startswith("__")))
class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
print([n for n in dir(Slots()) if not n.startswith("__")], hasattr(Slots(), "b"))
class Custom:
    def __dir__(self):
        return ["zz", "aa", "mm", "aa"]
print(dir(Custom()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print("TypeError:", e)
print(len([n for n in dir(int) if not n.startswith("_")]), [n for n in dir(int) if not n.startswith("_")])
print([n for n in dir([]) if not n.startswith("_")])
def f(): pass
f.attr = 1
print(vars(f), sorted(n for n in dir(f) if not n.startswith("__")))
