# Static types CPython cannot instantiate (no tp_new of their own, base object), and nearby constructor messages.
import types, sys
objs = [{}.keys(), {}.values(), {}.items(), iter([]), iter(()), iter(''), iter(range(0)), iter({}), iter(set()),
        reversed([]), iter(b''), iter(bytearray()), {}.__iter__(), iter({}.values()), iter({}.items()), reversed({}),
        sys.flags, sys.version_info, sys.float_info, memoryview(b'').__iter__(), (lambda: (yield))(), types.MappingProxyType({}),
        len, [].append, object.__init__, object().__str__, str.join, int.__dict__['real'], types.FunctionType.__dict__['__globals__'],
        None, NotImplemented, Ellipsis, sys._getframe(), (lambda: 0).__code__, iter(int, 1), slice(1), range(1)]
for o in objs:
    t = type(o)
    try:
        t()
        print(t.__name__, 'callable')
    except TypeError as e:
        print(t.__name__, 'TypeError', e)
    except Exception as e:
        print(t.__name__, type(e).__name__, e)

# object.__new__ of such a type, and the flag
import contextvars, struct, _io, _abc, types
for f in (lambda: contextvars.Token(), lambda: struct.iter_unpack('b', b'')(), lambda: type(struct.iter_unpack('b', b''))(), lambda: type(_io._IOBase()), lambda: object.__new__(type({}.keys())), lambda: types.CodeType()):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(type({}.keys()).__flags__ & 0x80, type(iter([])).__flags__ & 0x80, object.__flags__ & 0x80)
# str subclasses as attribute names; dict views in their own repr
class S(str): pass
class C: pass
c = C()
setattr(c, S('x'), 1); print(c.x, getattr(c, S('x')), hasattr(c, S('x')))
e = Exception()
e.__setstate__({S('y'): 2}); print(e.y)
delattr(c, S('x')); print(hasattr(c, 'x'))
print(type({}.keys()), )
try: type({}.keys())()
except TypeError as ex: print(ex)
d = {}; d[1] = d.keys(); print(repr(d.keys()))
d = {}; d[1] = d.values(); print(repr(d.values()))
d = {}; d[1] = d.items(); print(repr(d.items()))

# structseq and mappingproxy argument errors
import time
for f in (lambda: time.struct_time(sequence=(1,)*9, x=1), lambda: time.struct_time((1,)*9, {}, 3), lambda: types.MappingProxyType({}, x=1),
          lambda: types.MappingProxyType(1), lambda: types.MappingProxyType({}, mapping={}), lambda: time.struct_time(sequence=1, dict=2, x=3),
          lambda: types.MappingProxyType(x=1)):
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(types.MappingProxyType(mapping={1: 2}))
