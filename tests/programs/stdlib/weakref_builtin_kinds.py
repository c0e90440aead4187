# Which builtin objects accept weak references (CPython's tp_weaklistoffset), natives of the stdlib included.
import weakref, re, functools, collections, io
for o in (re.compile('a'), functools.partial(print), collections.deque(), io.StringIO(), io.BytesIO()):
    print(type(o).__name__, weakref.ref(o)() is o)
for o in (1, 'x', (1,), [1], {}):
    try:
        weakref.ref(o)
    except TypeError as e:
        print('TypeError:', e)
