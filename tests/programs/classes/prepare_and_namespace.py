# __prepare__ supplies the class namespace.
class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return RecordingDict()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = ns.order
        return cls
class Form(metaclass=Ordered, strict=True):
    zeta = 1
    alpha = 2
    def method(self): pass
    beta = 3
    alpha = 4
print(Form.field_order, Form.alpha)
class NoDups(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError(f"duplicate definition of {k!r}")
        super().__setitem__(k, v)
class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDups()
try:
    class Oops(metaclass=Strict):
        x = 1
        x = 2
except TypeError as e:
    print("TypeError:", e)
class Injected(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"helper": lambda: "injected helper"}
class UsesIt(metaclass=Injected):
    value = helper()
print(UsesIt.value)
