# Properties built from decorators, cached properties by hand.
class cached_property:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        val = self.fn(obj)
        obj.__dict__[self.name] = val
        return val
class Data:
    def __init__(self, values):
        self.values = values
    @cached_property
    def total(self):
        print("computing total")
        return sum(self.values)
    @property
    def mean(self):
        return self.total / len(self.values)
d = Data([1, 2, 3, 4])
print(d.total, d.total, d.mean)
print("total" in vars(d), type(Data.total).__name__)
d.values.append(100)
print(d.total, "stale as expected")
del d.total
print(d.total)
class Validated:
    def __init__(self):
        self._age = 0
    def _get(self):
        return self._age
    def _set(self, v):
        if not isinstance(v, int):
            raise TypeError("age must be an int")
        self._age = v
    age = property(_get, _set, doc="The age.")
v = Validated()
v.age = 30
print(v.age, Validated.age.__doc__)
try:
    v.age = "old"
except TypeError as e:
    print("TypeError:", e)
try:
    del v.age
except AttributeError as e:
    print("AttributeError:", e)
