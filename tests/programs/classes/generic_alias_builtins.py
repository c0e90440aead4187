# types.GenericAlias of the builtin generic classes: repr, pass-through attributes, substitution, starred, union, errors.
import types
a=list[int]
print(a.__class__, a.__name__, a.__qualname__, a.__module__, a.append, hash(a)==hash(list)^hash((int,)))
print(a.__doc__ == list.__doc__)
print(dir(a)[-12:])
print(a.__reduce__())
print(list[int] != list[int], list[int] == list[str], list[int] == list[int])
print(*tuple[int, str], list(tuple[int]), next(iter(list[int])))
print(types.GenericAlias(list, int), types.GenericAlias(dict, (int, str)))
from typing import TypeVar
T=TypeVar('T'); S=TypeVar('S')
print(dict[T, list[S]].__parameters__, dict[T, list[S]][str,int], list[T][int])
try: list[int][str]
except TypeError as e: print(e)
try: dict[T, S][int]
except TypeError as e: print(e)
print(repr(list[len]), list[...], list[None], list[0], list['x'])
class G(types.GenericAlias): pass
g=G(list,(int,)); print(type(g), g, g == list[int])
print(isinstance(list[int], type), list[int] | int, int | list[int])
print(type[int], type[int].__origin__)
print(type(list[int]).__module__, type(list[int]).__name__, repr(type(list[int])))
print(list[int].__mro_entries__(()))
x = list[int]()
print(x, getattr(x,'__orig_class__', 'none'))
class L(list): pass
y = L[int](); print(y.__orig_class__)
import collections, re, functools, os, contextvars, weakref
for c in [list, dict, tuple, set, frozenset, enumerate, type, collections.deque, collections.defaultdict, collections.OrderedDict, collections.Counter, collections.ChainMap, re.Pattern, re.Match, functools.partial, os.DirEntry, contextvars.ContextVar, weakref.ref, BaseExceptionGroup, ExceptionGroup, type({}.keys()).__class__]:
    try: print(c[int], c[int, str])
    except TypeError as e: print('TypeError', e)
print(type(types.MappingProxyType({}))[str, int], types.AsyncGeneratorType[int, None])
for c in [int, str, object, range, bytes, type(None)]:
    try: c[int]
    except TypeError as e: print('TypeError', e)
try: types.GenericAlias(list)
except TypeError as e: print(e)
try: types.GenericAlias(list, int, x=1)
except TypeError as e: print(e)
print(tuple[()], tuple[int, ...], dict[str, list[tuple[int, ...]]], list[list], list[T])
print(isinstance(1, int | str), int | None, (int | str).__args__)
try: isinstance([], list[int])
except TypeError as e: print(e)
try: issubclass(list, list[int])
except TypeError as e: print(e)
import collections.abc as cabc
print(cabc.Callable[[int], str], cabc.Callable[..., int], cabc.Iterable[int], cabc.Mapping[str, int])
import copy, pickle
print(hash(list[int]) == hash(list[int]), {list[int]: 1}[list[int]])
print(list[int].__parameters__, list[T].__parameters__, (*tuple[int, str],)[0].__unpacked__, list[int].__unpacked__)
