# Metaclasses: __new__, __init__, __call__, class creation hooks.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print(f"Meta.__new__ {name} bases={[b.__name__ for b in bases]} kwargs={kwargs}")
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kwargs):
        print(f"Meta.__init__ {name}")
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print(f"Meta.__call__ {cls.__name__}{args}")
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return f"<class {cls.__name__} via {type(cls).__name__}>"
class Base(metaclass=Meta, flavor="vanilla"):
    def __init__(self, v):
        self.v = v
class Child(Base):
    pass
b = Child(5)
print(b.v, Child.created_by, type(Child).__name__, Child.describe())
print(isinstance(Child, Meta), isinstance(b, Meta), hasattr(b, "describe"))
Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: "hi"})
print(Dyn.__name__, Dyn.x, Dyn().hello(), type(Dyn).__name__)
Dyn2 = Meta("Dyn2", (), {})
print(Dyn2.created_by)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4))
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2): pass
except TypeError as e:
    print("TypeError:", e)
print(type(type), type(object), isinstance(type, object), isinstance(object, type))
