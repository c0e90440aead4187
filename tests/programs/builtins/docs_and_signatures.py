# Docstrings and text signatures of builtins (CPython's C docstrings), inspect.signature on them and on
# classes that inherit object's, help() text, and __slots__ docstrings through inspect.getdoc.
import inspect, io, math, itertools, collections, _io, types, pydoc, operator


class Plain:
    pass


class WithInit:
    def __init__(self, x, y=2):
        pass


class Documented:
    'Documented(a, b)\n--\n\nA class whose docstring carries a signature.'


class SlotUser:
    __slots__ = {'power': 'measured in kilowatts', 'distance': None}


for obj in (Plain, WithInit, Documented, object, len, print, sorted, divmod, list.append, dict.get, dict.fromkeys,
            str.join, math.sqrt, math.log, itertools.count, io.open, operator.add,
            collections.deque.append, [].append, {}.get, (1).to_bytes, int.from_bytes, _io.BufferedReader,
            types.FunctionType, range, type):
    try:
        sig = str(inspect.signature(obj))
    except (ValueError, TypeError) as e:
        sig = f'{type(e).__name__}: {e}'
    print(getattr(obj, '__qualname__', obj), '|', sig, '|', getattr(obj, '__text_signature__', '-'))

for obj in (object, int, len, list.append, dict.fromkeys, [].append, math.sqrt, int.real, complex.imag,
            types.FunctionType.__globals__, type.__dict__['__mro__'], str.__dict__['maketrans'], collections.deque,
            types.GenericAlias, property.fget, Plain, Documented, SlotUser.power):
    doc = obj.__doc__
    print(repr(doc if doc is None else doc[:70]))

print(inspect.getdoc(SlotUser.power), inspect.getdoc(SlotUser.distance), SlotUser.power.__objclass__.__name__,
      SlotUser.power.__qualname__, SlotUser.power.__name__)
print(Plain.__text_signature__, Documented.__text_signature__, repr(Documented.__doc__))
print(classmethod(types.GenericAlias).__doc__ == types.GenericAlias.__doc__)
text = pydoc.render_doc(len, renderer=pydoc.plaintext)
print(text)
print(pydoc.render_doc(divmod, renderer=pydoc.plaintext).splitlines()[2:])
print(str.maketrans.__text_signature__, (1, 2).__doc__ == tuple.__doc__, object().__doc__ == object.__doc__)
print(type(vars(int)['__doc__']).__name__, vars(int)['__doc__'] == int.__doc__, Plain().__doc__)


class WithDict:
    pass


class WithSlots:
    __slots__ = ('a', '__weakref__')


print(repr(WithDict.__dict__['__dict__'].__doc__), repr(WithDict.__dict__['__weakref__'].__doc__),
      repr(WithSlots.__dict__['__weakref__'].__doc__), WithSlots.a.__doc__)
print(pydoc.render_doc(WithDict, renderer=pydoc.plaintext))
