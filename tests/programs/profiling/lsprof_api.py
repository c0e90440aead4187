# _lsprof.Profiler's arguments and their errors, a failing timer (reported as unraisable, counted as 0),
# subclasses (without __init__ nothing is collected but calls), and a profiler per thread.
import _lsprof
import sys
import threading

for kw in [dict(subcalls='x'), dict(timeunit='a'), dict(builtins=2**70), dict(builtins=2**40),
           dict(foo=1), dict(subcalls=1.5), dict(timer=None, subcalls=True)]:
    try:
        _lsprof.Profiler(**kw)
        print('ok', kw)
    except Exception as e:
        print(type(e).__name__, e)
for args, kw in [((1, 2, 3, 4, 5), {}), ((None, 1.0), dict(timer=3))]:
    try:
        _lsprof.Profiler(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
p = _lsprof.Profiler()
for args, kw in [((), dict(subcalls='x')), ((1, 2, 3), {}), ((), dict(x=1))]:
    try:
        p.enable(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
for m in ('disable', 'clear', 'getstats'):
    for args, kw in [((1,), {}), ((), dict(a=1))]:
        try:
            print(m, getattr(p, m)(*args, **kw))
        except Exception as e:
            print(type(e).__name__, e)
try:
    _lsprof.Profiler.enable(1)
except Exception as e:
    print(type(e).__name__, e)
print(sys.getprofile())


def hook(u):
    print('unraisable:', u.exc_type.__name__, u.exc_value, u.object is timer)


sys.unraisablehook = hook
for timer, unit in [(lambda: 1.5, 0.001), (lambda: 'x', 0.0), (lambda: 2**80, 0.001), (lambda: 2**40, 0.0),
                    (lambda: float('nan'), 0.0), (lambda: 1e300, 0), (lambda: 1 / 0, 0), (None, 0)]:
    p = _lsprof.Profiler(timer, unit)
    p.enable()
    len([])
    p.disable()
    print(sorted((e.code, e.callcount, e.totaltime) for e in p.getstats()))
sys.unraisablehook = sys.__unraisablehook__


def f():
    return len([])


class Bare(_lsprof.Profiler):
    def __init__(self):
        pass


b = Bare()
b.enable()
f()
b.disable()
print([(e.code.co_name, e.callcount, e.calls) for e in b.getstats()], b.__dict__)


class Ticks(_lsprof.Profiler):
    def __init__(self):
        self.t = 0
        super().__init__(self.tick, 1.0, builtins=False)

    def tick(self):
        self.t += 1
        return self.t


t = Ticks()
t.enable()
f()
t.disable()
print([(e.code.co_name, e.callcount, e.totaltime) for e in t.getstats()], t.t)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


res = {}


def worker(k):
    p = _lsprof.Profiler()
    p.enable()
    fib(k)
    res[k] = sys.getprofile() is p
    p.disable()
    res[k, 'stats'] = sorted((getattr(e.code, 'co_name', e.code), e.callcount) for e in p.getstats())


threads = [threading.Thread(target=worker, args=(k,)) for k in (5, 7)]
for th in threads:
    th.start()
fib(6)
print(sys.getprofile())
for th in threads:
    th.join()
for k, v in sorted(res.items(), key=str):
    print(k, v)
