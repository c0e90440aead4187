# Mixins composing behaviour through cooperative super().
class ReprMixin:
    def __repr__(self):
        attrs = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{type(self).__name__}({attrs})"
class EqMixin:
    def __eq__(self, o):
        return type(self) is type(o) and vars(self) == vars(o)
    __hash__ = None
class JsonMixin:
    def to_json(self):
        def enc(v):
            if isinstance(v, str): return '"' + v + '"'
            if isinstance(v, bool): return "true" if v else "false"
            if v is None: return "null"
            if isinstance(v, (list, tuple)): return "[" + ",".join(enc(x) for x in v) + "]"
            return str(v)
        return "{" + ",".join(f'"{k}":{enc(v)}' for k, v in vars(self).items()) + "}"
class LogInit:
    def __init__(self, **kw):
        print(f"LogInit for {type(self).__name__}: {sorted(kw)}")
        super().__init__()
class Base:
    def __init__(self):
        print("Base.__init__")
class User(ReprMixin, EqMixin, JsonMixin, LogInit, Base):
    def __init__(self, name, admin=False, tags=()):
        super().__init__(name=name, admin=admin)
        self.name, self.admin, self.tags = name, admin, list(tags)
u = User("ann", True, ["x", "y"])
print(u)
print(u.to_json())
print(u == User("ann", True, ["x", "y"]), u == User("bob"))
print([c.__name__ for c in User.__mro__])
try:
    hash(u)
except TypeError as e:
    print("TypeError:", e)
