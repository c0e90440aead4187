# X.__new__(cls, ...) called explicitly: tp_new_wrapper's checks (no arguments, not a type, not a
# subtype, "not safe") for builtin types, and the calls that must keep working.

def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('int()', lambda: int.__new__())
attempt('bytearray inst', lambda: bytearray(b'ab').__new__())
attempt('int(5)', lambda: int.__new__(5))
attempt('int(str)', lambda: int.__new__(str))
attempt('int(bool)', lambda: int.__new__(bool))
attempt('object()', lambda: object.__new__())
attempt('object(5)', lambda: object.__new__(5))
attempt('object(int)', lambda: object.__new__(int))
attempt('str()', lambda: str.__new__())
attempt('list()', lambda: list.__new__())
attempt('list(1)', lambda: list.__new__(1))
attempt('list(dict)', lambda: list.__new__(dict))
attempt('dict()', lambda: dict.__new__())
attempt('tuple()', lambda: tuple.__new__())
attempt('type()', lambda: type.__new__())
attempt('type(1)', lambda: type.__new__(1))
attempt('float(int)', lambda: float.__new__(int))
attempt('BaseException()', lambda: BaseException.__new__())
attempt('ValueError(int)', lambda: ValueError.__new__(int))
attempt('ValueError()', lambda: ValueError.__new__())
attempt('KeyError(ValueError)', lambda: KeyError.__new__(ValueError))
attempt('(1).__new__()', lambda: (1).__new__())
attempt('bool(int)', lambda: bool.__new__(int))
attempt('range(list)', lambda: range.__new__(list))
attempt('slice()', lambda: slice.__new__())
attempt('complex(float)', lambda: complex.__new__(float))
attempt('frozenset(set)', lambda: frozenset.__new__(set))
attempt('set(frozenset)', lambda: set.__new__(frozenset))
attempt('bytes(bytearray)', lambda: bytes.__new__(bytearray))
attempt('memoryview()', lambda: memoryview.__new__())
attempt('super()', lambda: super.__new__())
attempt('property(1)', lambda: property.__new__(1))
attempt('staticmethod()', lambda: staticmethod.__new__())
attempt('int(*[])', lambda: int.__new__(*[]))
attempt('int(cls=int)', lambda: int.__new__(cls=int))
attempt('NoneType()', lambda: type(None).__new__())
attempt('NoneType(int)', lambda: type(None).__new__(int))
attempt('ellipsis()', lambda: type(...).__new__())
attempt('zip()', lambda: zip.__new__())
attempt('map(1)', lambda: map.__new__(1))
attempt('enumerate()', lambda: enumerate.__new__())
attempt('reversed()', lambda: reversed.__new__())

class A:
    pass

class I(int):
    pass

class J(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)

class T(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))

class E(ValueError):
    pass

class M(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, ns)

class O:
    def __new__(cls, *args):
        return object.__new__(cls)
    def __init__(self, x):
        self.x = x

attempt('int(A)', lambda: int.__new__(A))
attempt('object(I)', lambda: object.__new__(I))
attempt('int(I, 3)', lambda: int.__new__(I, 3))
print(int.__new__(I, 3), J(5), T(1, 2), O(7).x)
attempt('int(J, 1)', lambda: int.__new__(J, 1))
attempt('ValueError(E)', lambda: ValueError.__new__(E, 'x'))
attempt('Exception(E)', lambda: Exception.__new__(E, 'x'))
attempt('E(ValueError)', lambda: E.__new__(ValueError))
attempt('OSError(FileNotFoundError)', lambda: OSError.__new__(FileNotFoundError, 2, 'gone'))
print(repr(FileNotFoundError(2, 'gone')), FileNotFoundError(2, 'gone').errno, OSError(2, 'x').__class__.__name__)
C = M('C', (), {})
print(C.__name__, type(C).__name__)
attempt('type(M)', lambda: type.__new__(M, 'D', (), {}))
attempt('type(int)', lambda: type.__new__(int, 'D', (), {}))
print(int.__new__.__self__, int.__new__.__name__, int.__new__.__qualname__)
print(bool.__new__ is int.__new__, ValueError.__new__ is BaseException.__new__)
print(repr(int.__new__).split(' at ')[0])
print(list(dict.__new__(dict).items()), list.__new__(list), float.__new__(float, '1.5'))
