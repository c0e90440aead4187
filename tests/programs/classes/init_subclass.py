# __init_subclass__ hooks and class keyword arguments.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print("registered", key)
class Json(Plugin, name="json"): pass
class Yaml(Plugin): pass
class StrictJson(Json, name="strict-json"): pass
print(sorted(Plugin.registry), Plugin.registry["json"].__name__)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)
class Validated:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in cls.required if not hasattr(cls, m)]
        if missing:
            raise TypeError(f"{cls.__name__} missing {missing}")
class Shape(Validated):
    required = ("area",)
    def area(self): return 0
try:
    class Circle(Shape):
        required = ("area", "perimeter")
except TypeError as e:
    print("TypeError:", e)
class Counted:
    subclasses = 0
    def __init_subclass__(cls):
        Counted.subclasses += 1
        cls.serial = Counted.subclasses
class A(Counted): pass
class B(Counted): pass
class C(A): pass
print(A.serial, B.serial, C.serial, Counted.subclasses)
try:
    class D(object, flag=True): pass
except TypeError as e:
    print("TypeError:", e)
