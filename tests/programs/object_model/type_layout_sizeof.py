# __basicsize__ & co (CPython 3.11's figures, x86-64), object.__sizeof__ and the builtin types' own,
# sys.getsizeof (__sizeof__ found as a special method, plus the GC header and a managed dict's pointers).
import sys, collections, array, weakref

class O: pass
class Sl: __slots__ = ('a', 'b')
class SlW: __slots__ = ('a', '__weakref__')
class L(list): pass
class I(int): pass
class T(tuple): pass
class M(type): pass
class P(O): pass
for t in (object, int, bool, list, dict, tuple, str, float, bytes, bytearray, type, set, frozenset, Exception, OSError,
          O, Sl, SlW, L, I, T, M, P):
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__,
          bool(t.__flags__ & (1 << 14)), bool(t.__flags__ & (1 << 4)))

for o in [0, 1, 2**30, 2**60, -5, True, 'a', 'é', '€', '\U0001f600', '', b'', b'ab', bytearray(), bytearray(b'a'),
          [], [1], {}, {1: 2}, set(), {1, 2, 3, 4, 5, 6}, (), (1, 2), 1.5, 2j, None, range(5),
          NotImplemented, ..., O(), Sl(), collections.OrderedDict(), array.array('i', [1, 2, 3]),
          collections.deque(range(100)), int, O, Sl]:
    print(repr(o)[:20], sys.getsizeof(o), sys.getsizeof(o) - (type.__sizeof__(o) if isinstance(o, type) else o.__sizeof__()))
for n in (0, 1, 5, 6, 10, 11, 21, 22, 100):
    print('dict', n, sys.getsizeof({i: i for i in range(n)}), sys.getsizeof(collections.OrderedDict((i, i) for i in range(n))))

class S(str): pass
class B(bytes): pass
class BA(bytearray): pass
class D(dict): pass
class F(float): pass
for o in (I(3), S('ab'), S('é'), S('😀x'), B(b'ab'), BA(b'ab'), L(), D(), T((1,)), F(1.0)):
    print(type(o).__name__, o.__sizeof__(), sys.getsizeof(o))
for t in (int, str, list, dict, bytearray, type, bytes, tuple, object, float):
    print(t.__name__, '__sizeof__' in vars(t))

# a Python __sizeof__, reached through the type (descriptors bound), its result checked
class X:
    def __sizeof__(self): return 0
class Y:
    __slots__ = ()
    def __sizeof__(self): return 5
class Desc:
    def __get__(self, o, t): return lambda: 11
class W: __sizeof__ = Desc()
class Bo:
    def __sizeof__(self): return True
print(sys.getsizeof(X()), sys.getsizeof(Y()), sys.getsizeof(W()), sys.getsizeof(Bo()))
class Bad:
    def __sizeof__(self): return 'x'
class Big:
    def __sizeof__(self): return 2**70
class Neg:
    def __sizeof__(self): return -1
class Idx:
    def __sizeof__(self):
        class N:
            def __index__(self): return 3
        return N()
for c in (Bad, Big, Neg, Idx):
    try:
        print(sys.getsizeof(c()))
    except Exception as e:
        print(type(e).__name__, e)
print(sys.getsizeof(Bad(), 'default'), sys.getsizeof(Idx(), 'default'))
try:
    sys.getsizeof(Neg(), 'default')
except ValueError as e:
    print('ValueError', e)

# the layout decides what a class may add
for base in (int, tuple, bytes, type):
    try:
        class Z(base): __slots__ = ('x',)
    except TypeError as e:
        print(e)
class A(int): pass
try:
    class C(A): __slots__ = ('__weakref__',)
except TypeError as e:
    print(e)
try:
    weakref.ref(I(1))
except TypeError as e:
    print(e)
class R(weakref.ref): pass
print(R.__weakrefoffset__, weakref.ref.__weakrefoffset__)

# a str subclass's value names a slot
class SubStr(str): pass
class Q:
    __slots__ = (SubStr('x'),)
q = Q(); q.x = 1
print(q.x, type(Q.__slots__[0]).__name__)
class Q2: __slots__ = SubStr('y')
print(Q2.__basicsize__, hasattr(Q2, 'y'))
