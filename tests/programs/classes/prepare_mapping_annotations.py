# Annotations and class bodies in namespaces that are not dicts (exec's locals, __prepare__'s mapping),
# and a module's __annotations__ made on first use.
import types
m = types.ModuleType('m')
print(m.__annotations__, '__annotations__' in m.__dict__)
m.__annotations__ = {'a': 1}
print(m.__annotations__)
del m.__annotations__
print('__annotations__' in m.__dict__)
try:
    del m.__annotations__
except AttributeError as e:
    print("AttributeError", e)
class CNS:
    def __init__(self):
        self._dct = {}
    def __setitem__(self, item, value):
        self._dct[item.lower()] = value
    def __getitem__(self, item):
        return self._dct[item]
ns = {'__annotations__': CNS()}
exec('X: int; Z: str = "Z"; (w): complex = 1j', ns)
print(ns['__annotations__']._dct)
nonloc_ns = {}
class CNS2:
    def __init__(self):
        self._dct = {}
    def __setitem__(self, item, value):
        self._dct[item] = value
        nonloc_ns[item] = value
    def __getitem__(self, item):
        return self._dct[item]
exec('x: int = 1', {}, CNS2())
print(nonloc_ns)
class M(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return CNS2()
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, dict(ns._dct))
class C(metaclass=M):
    y: str
print(C.__annotations__)
class CNS3:
    def __init__(self):
        self._dct = {}
    def __setitem__(self, item, value):
        self._dct[item] = value
    def __getitem__(self, item):
        return self._dct[item]
    def __delitem__(self, item):
        del self._dct[item]
m = CNS3()
exec('x = 1; print(x); del x\ntry:\n  x\nexcept NameError as e: print(e)\nimport sys\nprint(sys.version_info[0])', {}, m)
print(m._dct)
