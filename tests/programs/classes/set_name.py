# __set_name__ is called for descriptors at class creation.
class Field:
    def __init__(self, default=None):
        self.default = default
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        owner._fields = getattr(owner, "_fields", ()) + (name,)
    def __get__(self, obj, owner=None):
        if obj is None:
            return f"<Field {self.owner}.{self.name}>"
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, v):
        obj.__dict__[self.name] = v
class Model:
    id = Field(0)
    title = Field("untitled")
    tags = Field(())
m = Model()
print(Model._fields, Model.id, m.title, m.tags)
m.title = "hello"
print(m.title, vars(m))
f = Field()
class Later:
    pass
Later.x = f
print(hasattr(f, "name"))
f.__set_name__(Later, "x")
print(f.name, f.owner)
class Shared:
    a = b = Field(1)
print(Shared.a, Shared.b)
class Noisy:
    def __set_name__(self, owner, name):
        raise ValueError(f"refusing {name}")
try:
    class Fails:
        n = Noisy()
except ValueError as e:
    print(type(e).__name__, e, e.__cause__, e.__notes__ if hasattr(e, "__notes__") else "")
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
