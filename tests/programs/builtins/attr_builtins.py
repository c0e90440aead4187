# getattr, setattr, hasattr, delattr, vars, dir on user classes.
class Config:
    """A config."""
    version = 1
    def __init__(self):
        self.name = "app"
        self.debug = False
    def method(self):
        return "m"
c = Config()
print(getattr(c, "name"), getattr(c, "missing", "default"), getattr(Config, "version"), getattr(c, "method")())
setattr(c, "port", 8080)
setattr(Config, "shared", "class-level")
print(c.port, c.shared, hasattr(c, "port"), hasattr(c, "nope"), hasattr(Config, "port"))
delattr(c, "port")
print(hasattr(c, "port"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
print(vars(c), sorted(k for k in vars(Config) if not k.startswith("__")))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Config) if not n.startswith("__")])
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
class Dyn:
    def __getattr__(self, n):
        if n.startswith("x"):
            return n.upper()
        raise AttributeError(n)
d = Dyn()
print(getattr(d, "xyz"), hasattr(d, "xa"), hasattr(d, "ya"), getattr(d, "ya", "fallback"))
class Raises:
    @property
    def bad(self):
        raise ValueError("property raised ValueError")
try:
    hasattr(Raises(), "bad")
except ValueError as e:
    print("hasattr propagates non-AttributeError:", e)
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "beta"]
print(dir(Custom()))
