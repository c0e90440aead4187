# An enum-like class built with a metaclass (no enum module).
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        for k in members:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        for k, v in members.items():
            m = object.__new__(cls)
            m.name, m.value = k, v
            cls._members[k] = m
            setattr(cls, k, m)
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return cls._members[name]
    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")
    def __contains__(cls, m):
        return isinstance(m, cls)
class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"
    def __str__(self):
        return f"{type(self).__name__}.{self.name}"
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def hex(self):
        return {1: "#f00", 2: "#0f0", 3: "#00f"}[self.value]
print(list(Color), len(Color))
print(Color.RED, repr(Color.GREEN), Color["BLUE"], Color(2), Color.RED.hex())
print(Color.RED is Color(1), Color.RED == Color.GREEN, Color.RED in Color, 1 in Color)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
print({c: c.value * 10 for c in Color}[Color.BLUE], sorted(Color, key=lambda c: -c.value))
