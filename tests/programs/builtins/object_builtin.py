# object(): the root type and its default behaviours.
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), bool(o))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in dir(object) if n not in ("__init_subclass__", "__subclasshook__"))[:10])
print(object.__name__, object.__bases__, object.__mro__, type(object.__dict__).__name__)
class Plain:
    pass
p = Plain()
print(p.__class__.__name__, p.__dict__, Plain.__bases__, p == p, p.__eq__(p), p.__ne__(object()))
print(p.__eq__(5), p.__lt__(p), object.__lt__(p, p))
print(hash(p) == hash(p), p.__hash__() == hash(p), p.__reduce_ex__ is not None)
print(object.__repr__(Plain()).startswith("<__main__.Plain object at "))
# One instance: two temporaries compare equal in CPython only because the second reuses the first's address.
pl = Plain()
print(object.__format__(pl, "") == str(pl) or "format matches str")
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
print(object.__getattribute__(p, "__class__") is Plain, object.__sizeof__(p) > 0)
class WithInit:
    def __init__(self, x):
        super().__init__()
        self.x = x
print(WithInit(3).x)
try:
    super(WithInit, WithInit(1)).__init__(5)
except TypeError as e:
    print("TypeError:", e)
