# A generator resumed by throw() or close() gets a 'call' event (CPython's TRACE_FUNCTION_THROW_ENTRY),
# before the 'exception' one, for trace and profile functions alike; cProfile counts those resumes. Every
# generator here is finished before its function returns (finalisation timing is not under test).
import _lsprof
import contextlib
import sys


def inner():
    try:
        yield 1
    except KeyError:
        yield 2
    return 3


def outer():
    r = yield from inner()
    yield r


@contextlib.contextmanager
def cm():
    try:
        yield
    except ValueError:
        pass


def fresh():
    yield 1


def w():
    o = outer()
    next(o)
    o.throw(KeyError)
    next(o)
    try:
        next(o)
    except StopIteration:
        pass
    with cm():
        raise ValueError
    o2 = outer()
    next(o2)
    o2.close()
    f = fresh()
    try:
        f.throw(IndexError)
    except IndexError:
        pass


def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        print('T', event, frame.f_code.co_name, frame.f_lineno)
        return tracer


def prof(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        print('P', event, frame.f_code.co_name)


sys.settrace(tracer)
w()
sys.settrace(None)
sys.setprofile(prof)
w()
sys.setprofile(None)


class Clock:
    def __init__(self):
        self.t = 0

    def __call__(self):
        self.t += 1
        return self.t


p = _lsprof.Profiler(Clock(), 1.0)
p.enable()
w()
p.disable()
for e in sorted(p.getstats(), key=lambda e: str(getattr(e.code, 'co_name', e.code))):
    if not isinstance(e.code, str) and e.code.co_filename == __file__:
        print(e.code.co_name, e.callcount, e.reccallcount, e.totaltime, e.inlinetime)
