# Exceptions the eval loop raises without a JS throw (a missing attribute, a native call's error, an exception
# leaving a nested loop): same objects, context, tracebacks and trace events as CPython.
import sys, math, traceback


class Point:
    def __init__(self):
        self.value = 1

    def norm(self):
        return self.value


p = Point()

# LOAD_ATTR, LOAD_METHOD and the LOAD_FAST/LOAD_ATTR pair: a missing attribute
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e, e.name, e.obj is p)
try:
    p.nrom()
except AttributeError as e:
    print(e, e.name)
def local_attr():
    q = Point()
    return q.valeu
try:
    local_attr()
except AttributeError as e:
    print(e, [f.name for f in traceback.extract_tb(e.__traceback__)])
try:
    math.tau2
except AttributeError as e:
    print(e)
try:
    Point.nope
except AttributeError as e:
    print(e, e.obj is Point)
try:
    (1).real.imag.nothing
except AttributeError as e:
    print(e)

# __getattr__, and a property raising AttributeError
class Dyn:
    def __getattr__(self, name):
        if name.startswith('x'):
            return name * 2
        raise AttributeError(f'no {name} here')

    @property
    def broken(self):
        raise AttributeError('broken property')

d = Dyn()
print(d.xy)
for name in ('zz', 'broken'):
    try:
        getattr(d, name)
    except AttributeError as e:
        print(e)
try:
    d.broken
except AttributeError as e:
    print('property:', e)

# A native call's error, with the context of the one being handled
try:
    int('x')
except ValueError as e:
    try:
        {}['k']
    except KeyError as k:
        print(repr(k), repr(k.__context__), k.__context__ is e)
try:
    next(iter([]))
except StopIteration as e:
    print('StopIteration', e.value)
print(next(iter([]), 'default'))

# A class iterator: StopIteration ends the loop, another exception leaves it
class Count:
    def __init__(self, n, fail=False):
        self.n = n
        self.fail = fail

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            if self.fail:
                raise ValueError('iterator failed')
            raise StopIteration
        self.n -= 1
        return self.n

print(list(Count(3)), [x for x in Count(2)])
try:
    for x in Count(2, fail=True):
        print('item', x)
except ValueError as e:
    print(e, len(traceback.extract_tb(e.__traceback__)))

# An exception out of Python code called by a native (map, sorted's key), caught in Python
def bad(x):
    return x.nope
try:
    list(map(bad, [1]))
except AttributeError as e:
    print(e, [f.name for f in traceback.extract_tb(e.__traceback__)])
try:
    sorted([3, 1], key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print(e)

# Many in a loop, counted
n = 0
for i in range(1000):
    try:
        p.missing
    except AttributeError:
        n += 1
    try:
        int('y')
    except ValueError:
        n += 1
print(n)

# Trace events of an exception raised by a missing attribute
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == 'traced':
        events.append((event, frame.f_lineno - traced.__code__.co_firstlineno, arg[0].__name__ if event == 'exception' else None))
    return tracer
def traced():
    try:
        p.missing
    except AttributeError:
        pass
    return p.nope
sys.settrace(tracer)
try:
    traced()
except AttributeError:
    pass
sys.settrace(None)
print(events)

# Uncaught: the traceback and its suggestion
p.vaule
