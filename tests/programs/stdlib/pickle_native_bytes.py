# The C pickler's exact output (pickle.dumps is _pickle.dumps) for many objects under every protocol:
# ints of all sizes, floats, str (non-ASCII, astral, lone surrogates), bytes/bytearray, containers,
# singletons, globals, reductions, shared and recursive structures, batching and framing boundaries.
import pickle, _pickle, copyreg, collections, functools, hashlib

assert pickle.dumps is _pickle.dumps and pickle.Pickler is _pickle.Pickler


class Plain:
    def __init__(self):
        self.a = 1
        self.b = [1, 2]


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 1


class WithState:
    def __getstate__(self):
        return {'g': 5}


class Reducing:
    def __reduce__(self):
        return (Reducing, (), {'s': 1}, iter([1, 2]), iter([('k', 'v')]))


class NewArgs:
    def __new__(cls, *a):
        return object.__new__(cls)

    def __getnewargs__(self):
        return (1, 2)


class NewArgsEx:
    def __new__(cls, *a, **k):
        return object.__new__(cls)

    def __getnewargs_ex__(self):
        return ((1,), {'k': 2})


class Setter:
    def __reduce__(self):
        return (Setter, (), {'v': 1}, None, None, Setter.set_state)

    @staticmethod
    def set_state(obj, state):
        obj.__dict__.update(state)


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


def func():
    pass


class Outer:
    class Inner:
        pass


copyreg.add_extension('pickle_native_mod', 'ext_global', 0x7a)
copyreg.add_extension('pickle_native_mod', 'ext_global2', 0x1234)
copyreg.add_extension('pickle_native_mod', 'ext_global3', 0x123456)
import sys, types
mod = types.ModuleType('pickle_native_mod')
def ext_global(): pass
def ext_global2(): pass
def ext_global3(): pass
for f in (ext_global, ext_global2, ext_global3):
    f.__module__ = 'pickle_native_mod'
    setattr(mod, f.__name__, f)
sys.modules['pickle_native_mod'] = mod

rec = []
rec.append(rec)
recd = {}
recd['self'] = recd
rect = ([],)
rect[0].append(rect)
shared = [1, 2]
t12 = (1, 2)
bts = b'shared'
sstr = 'shared string'

objs = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -65536, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
    2**53 + 1, 2**63, -2**63, 2**64 + 5, -(2**64), 2**1000, -(2**1000), 2**2100, 127, 128, -128, -129,
    0.0, -0.0, 1.5, 1e300, float('inf'), float('-inf'), 3.141592653589793, 1e-310, 1e16, 123456789.125,
    '', 'a', 'abc', 'x' * 300, 'é', '€uro', '\U0001f600', '\ud800', 'a\udc80b', '\ud83d\ude00x',
    'a\nb\\c\r\x00\x1a', '€' * 100,
    b'', b'abc', b'\x00\xff' * 200, bytearray(b''), bytearray(b'xyz'),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),), [], [1], [1, 2], [[1], [2]],
    {}, {'a': 1}, {'a': 1, 'b': 2}, {1: 'x', (1, 2): [3]},
    set(), {1}, {1, 2, 3}, frozenset(), frozenset({1, 2}),
    Ellipsis, NotImplemented, type(None), type(Ellipsis), type(NotImplemented),
    int, str, list, dict, Plain, Slotted, func, len, functools.reduce, collections.OrderedDict, Outer.Inner,
    ext_global, ext_global2, ext_global3,
    Plain(), Slotted(), WithState(), Reducing(), NewArgs(), NewArgsEx(), Setter(), MyList([1, 2]), MyDict(a=1),
    MyInt(5), collections.OrderedDict(a=1), collections.deque([1, 2]), complex(1, 2), range(5), slice(1, 2, 3),
    functools.partial(max, 1, key=None),
    rec, recd, rect, [shared, shared, (shared, shared)], [t12, t12], [bts, bts], [sstr, sstr],
]
for i, o in enumerate(objs):
    for proto in range(6):
        try:
            r = pickle.dumps(o, proto)
            print(i, proto, r)
        except Exception as e:
            print(i, proto, 'error', type(e).__name__, e)

# Batching (1000 items per APPENDS/SETITEMS/ADDITEMS) and framing (64 KiB frames, big payloads outside).
big = [list(range(2500)), {i: i for i in range(2100)}, set(range(1200)), frozenset(range(1001)),
       [str(i) for i in range(1500)], b'z' * 70000, 'q' * 70000, [b'y' * 66000, 'r' * 66000],
       bytearray(b'w' * 65536), ['€' * 40000, 'é' * 40000], list(range(1000)), list(range(1001))]
for i, o in enumerate(big):
    for proto in range(6):
        r = pickle.dumps(o, proto)
        print('big', i, proto, len(r), hashlib.sha1(r).hexdigest(), r[:40], r[-20:])

# Names CPython makes afresh (a static type's __qualname__) are written again, not fetched from the memo.
import array
for proto in (2, 4, 5):
    print(pickle.dumps([array.array, int, str, 'int', len, 'len'], proto))
