# __instancecheck__ and __subclasscheck__ on metaclasses; ABC-like registration.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(obj, m) for m in cls.required)
    def __subclasscheck__(cls, sub):
        return all(any(m in k.__dict__ for k in sub.__mro__) for m in cls.required)
class Quacker(metaclass=DuckMeta):
    required = ("quack",)
class Duck:
    def quack(self): return "quack"
class Robot:
    def quack(self): return "beep quack"
class Stone: pass
print(isinstance(Duck(), Quacker), isinstance(Robot(), Quacker), isinstance(Stone(), Quacker))
print(issubclass(Duck, Quacker), issubclass(Stone, Quacker))
print(isinstance(Duck(), (int, Quacker)), issubclass(Duck, (str, Quacker)))
class Registry(type):
    def __init__(cls, *a):
        super().__init__(*a)
        cls._registered = set()
    def register(cls, sub):
        cls._registered.add(sub)
        return sub
    def __subclasscheck__(cls, sub):
        return sub in cls._registered or type.__subclasscheck__(cls, sub)
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))
class Sized(metaclass=Registry): pass
Sized.register(list)
print(isinstance([], Sized), isinstance((), Sized), issubclass(list, Sized))
class Mine(Sized): pass
print(isinstance(Mine(), Sized))
print(isinstance(3, int), isinstance(True, int), issubclass(bool, int), isinstance(3, (str, (bytes, int))))
try:
    isinstance(3, "int")
except TypeError as e:
    print("TypeError:", e)
class AlwaysTrue(type):
    def __instancecheck__(cls, obj):
        return 1
class Anything(metaclass=AlwaysTrue): pass
print(isinstance(None, Anything), isinstance(Anything(), Anything))
