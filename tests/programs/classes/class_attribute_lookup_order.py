# Attribute lookup order: data descriptors, instance dict, non-data descriptors, class attrs, __getattr__.
log = []
class Data:
    def __get__(self, obj, owner):
        log.append("Data.__get__")
        return "data-descriptor"
    def __set__(self, obj, value):
        log.append("Data.__set__")
class NonData:
    def __get__(self, obj, owner):
        log.append("NonData.__get__")
        return "non-data-descriptor"
class Base:
    inherited = "from Base"
class C(Base):
    d = Data()
    n = NonData()
    plain = "class attribute"
    def __getattr__(self, name):
        log.append(f"__getattr__({name})")
        return f"fallback {name}"
c = C()
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
c.__dict__["plain"] = "instance plain"
for name in ["d", "n", "plain", "inherited", "missing"]:
    log.clear()
    print(name, "->", getattr(c, name), log)
log.clear()
c.d = "assign"
print(log, c.__dict__["d"])
del c.__dict__["n"]
print(c.n)
print(C.d if False else type(C.__dict__["d"]).__name__, C.plain, C.inherited)
class Meta(type):
    meta_attr = "from metaclass"
    def meta_method(cls):
        return f"meta_method on {cls.__name__}"
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.meta_attr, WithMeta.meta_method())
try:
    WithMeta().meta_attr
except AttributeError as e:
    print("AttributeError:", e)
print(type(c).__mro__[1].__name__, vars(C).get("plain"), "__getattr__" in vars(C))
