# __dict__/__weakref__ descriptors a class adds (type_new_descriptors), slot layout errors, object's own dict listing.
import functools, collections, types, io
for b in [object, int, str, tuple, list, dict, set, frozenset, bytes, float, Exception, OSError, type, functools.partial, collections.deque, collections.OrderedDict, collections.defaultdict, io.StringIO, io.BytesIO, property, types.SimpleNamespace, types.ModuleType, staticmethod, classmethod]:
    C = type('C', (b,), {})
    print(b.__name__, [k for k in C.__dict__ if k in ('__dict__','__weakref__')], '__dict__' in b.__dict__)
print(sorted(object.__dict__))
e = Exception(); e.x = 1; print(e.__dict__, Exception.__dict__.get('__dict__'), BaseException.__dict__['__dict__'])
def f(): pass
f.y = 2; print(f.__dict__)
import sys; print(type(sys.__dict__).__name__, type.__dict__['__dict__'])
class A: pass
a = A(); a.__dict__ = {'z': 3}; print(a.z, vars(a))
try: a.__dict__ = 5
except TypeError as e: print(e)
try: del a.__dict__
except TypeError as e: print(e)
try: A().__weakref__ = 1
except AttributeError as e: print(e)
try: object().__dict__
except AttributeError as e: print(e)
for slots, base in [(('__dict__',), Exception), (('__dict__',), int), (('__weakref__',), object), (('x',), tuple), (('__dict__', '__dict__'), object), ((), int)]:
    try: C = type('C', (base,), {'__slots__': slots}); print(list(C.__dict__))
    except TypeError as e: print(e)
class B2(A): __slots__ = ('__weakref__',)
print('ok')
