# Data and non-data descriptors and lookup precedence.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print(f"__set_name__ {owner.__name__}.{name}")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"
class Person:
    name = Typed(str)
    age = Typed(int)
    nd = NonData()
p = Person()
p.name = "Ann"
p.age = 30
print(p.name, p.age, vars(p))
try:
    p.age = "thirty"
except TypeError as e:
    print("TypeError:", e)
print(p.nd)
p.__dict__["nd"] = "instance dict wins over non-data"
print(p.nd)
p.__dict__["name"] = "ignored"
print(p.name)
print(type(Person.name).__name__, Person.nd)
class Verbose:
    def __get__(self, obj, owner):
        return f"get(obj={'instance' if obj is not None else None}, owner={owner.__name__})"
class Host:
    v = Verbose()
class SubHost(Host):
    pass
print(Host.v, Host().v, SubHost.v)
class DeleteOnly:
    def __delete__(self, obj):
        print("deleting via descriptor")
class H2:
    d = DeleteOnly()
h = H2()
del h.d
try:
    h.d = 1
except AttributeError as e:
    print("AttributeError:", e)
