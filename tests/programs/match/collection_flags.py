# case [...] and case {...} follow Py_TPFLAGS_SEQUENCE/MAPPING: the first class along the MRO, __abc_tpflags__, ABC registration
import collections, collections.abc, array, types, sys
def kind(x):
    match x:
        case [*_]:
            return 'seq'
        case {}:
            return 'map'
        case _:
            return 'other'
class C: pass
class M1(collections.UserDict, collections.abc.Sequence): pass
class M2(C, collections.UserDict, collections.abc.Sequence): pass
class M3(collections.UserDict, C, list): pass
class M4(dict, collections.abc.Sequence, C): pass
class S1(collections.UserList, dict): pass
class S2(C, collections.UserList, dict): pass
class S3(list, C, dict): pass
class S4(collections.UserList, dict, C): pass
for v in (M1(), M2(), M3(), M4(), S1(), S2(), S3(), S4()):
    print(type(v).__name__, kind(v))
class R: pass
print(kind(R()))
collections.abc.Sequence.register(R)
print(kind(R()))
class RSub(R): pass
print(kind(RSub()))
class Q: pass
collections.abc.Mapping.register(Q)
print(kind(Q()))
for v in ([], (), range(3), memoryview(b''), array.array('b'), collections.deque(), {}, types.MappingProxyType({}), collections.OrderedDict(),
          collections.defaultdict(), collections.Counter(), sys.version_info, 'abc', b'x', bytearray(), {}.keys(), set(), 1, None):
    print(type(v).__name__, kind(v), bool(type(v).__flags__ & 32), bool(type(v).__flags__ & 64))
try:
    class Bad(metaclass=__import__('abc').ABCMeta):
        __abc_tpflags__ = 32 | 64
except TypeError as e:
    print(e)
class Plain(metaclass=__import__('abc').ABCMeta):
    __abc_tpflags__ = 1 << 5
print(kind(Plain()), '__abc_tpflags__' in Plain.__dict__)
