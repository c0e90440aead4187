# The attributes builtin types declare as members are member_descriptor objects, checked like CPython's.
import inspect

for t, names in [(complex, ['real', 'imag']), (slice, ['start', 'stop', 'step']), (range, ['start', 'stop', 'step']),
                 (BaseException, ['__suppress_context__']), (staticmethod, ['__func__', '__wrapped__']),
                 (classmethod, ['__func__', '__wrapped__']), (type, ['__base__', '__flags__', '__mro__'])]:
    for n in names:
        d = vars(t)[n]
        print(t.__name__, n, type(d).__name__, repr(d), inspect.ismemberdescriptor(d), inspect.isgetsetdescriptor(d))
print(complex.real.__qualname__, complex.real.__objclass__, complex.real.__doc__)
for f in [lambda: complex.real.__set__(1j, 2), lambda: complex.real.__get__(1), lambda: type.__dict__['__mro__'].__get__(1),
          lambda: slice.start.__delete__(slice(1))]:
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
e = Exception()
BaseException.__suppress_context__.__set__(e, True)
print(e.__suppress_context__, complex.real.__get__(3 + 4j), type.__dict__['__mro__'].__get__(bool))


class A:
    x = 1
print(inspect.getattr_static(A(), 'x'), inspect.getattr_static(A, '__mro__'))
