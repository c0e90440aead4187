# Which objects take weak references: builtin layouts with tp_weaklistoffset, classes unless their bases are
# variable-sized (int, bytes, tuple) or their __slots__ leave __weakref__ out; GenericAlias and its subclasses.
import weakref, collections.abc, types, functools
for b in (int, float, complex, str, bytes, tuple, list, dict, set, frozenset, bytearray, type, object, BaseException):
    class S(b): pass
    try:
        o = S() if b is not type else S('x', (), {})
        weakref.ref(o); print(b.__name__, 'ok')
    except TypeError as e: print(b.__name__, e)
class Slots:
    __slots__ = ('a',)
class SlotsWeak:
    __slots__ = ('a', '__weakref__')
for o in (Slots(), SlotsWeak(), list[int], collections.abc.Callable[[int], str], int | str, 1, 'x', (), [], {},
          set(), frozenset(), lambda: 0, len, print.__call__, types, functools.partial(len), range(3), iter([]), None):
    try:
        r = weakref.ref(o)
        print(type(o).__name__, r() is o)
    except TypeError as e:
        print(e)
