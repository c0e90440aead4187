# _lsprof.Profiler.getstats() with a fake integer timer: call counts, recursive counts, total and inline
# times, the per-caller sub-entries, builtins named as CPython names them, subcalls/builtins off, clear().
# getstats() lists entries in an unspecified order: the program sorts them.
import _lsprof
import sys


class Clock:
    def __init__(self):
        self.t = 0

    def __call__(self):
        self.t += 1
        return self.t


def name(code):
    return code if isinstance(code, str) else f'{code.co_name}:{code.co_firstlineno}'


def show(p):
    for e in sorted(p.getstats(), key=lambda e: name(e.code)):
        print(f'{name(e.code):50} {e.callcount:3} {e.reccallcount:3} {e.totaltime:8.3f} {e.inlinetime:8.3f}')
        if e.calls is not None:
            for s in sorted(e.calls, key=lambda s: name(s.code)):
                print(f'    -> {name(s.code):43} {s.callcount:3} {s.reccallcount:3} {s.totaltime:8.3f} {s.inlinetime:8.3f}')
    print()


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def even(n):
    return True if n == 0 else odd(n - 1)


def odd(n):
    return False if n == 0 else even(n - 1)


def gen(n):
    for i in range(n):
        yield i


def fails():
    raise ValueError('no')


class MyList(list):
    pass


def work():
    items = []
    for i in range(3):
        items.append(fact(4))
    even(5)
    total = sum(x for x in gen(3))
    ml = MyList()
    ml.append(1)
    add = items.append
    add(total)
    str.join('-', ['a', 'b'])
    ','.join(['c'])
    dict.fromkeys('ab')
    str.maketrans('a', 'b')
    (1).__add__(2)
    [].__len__()
    max(*[3, 1, 2])
    sorted([3, 1, 2], key=lambda x: -x)
    try:
        int('x')
    except ValueError:
        pass
    try:
        fails()
    except ValueError:
        pass
    len(items)
    sys.getrecursionlimit()
    return items


p = _lsprof.Profiler(Clock(), 0.001)
print(sys.getprofile())
p.enable()
print(sys.getprofile() is p)
work()
p.disable()
print(sys.getprofile())
show(p)

# A Profiler can be enabled again: the counts go on.
p.enable()
fact(3)
p.disable()
show(p)

# Without subcalls there are no sub-entries; without builtins no builtin entries.
q = _lsprof.Profiler(Clock(), 0.5, subcalls=False, builtins=False)
q.enable()
work()
q.disable()
show(q)
q.enable(subcalls=True, builtins=True)
fact(2)
len('ab')
q.disable()
show(q)

# clear() forgets everything, even while enabled.
q.enable()
fact(3)
q.clear()
fact(2)
q.disable()
show(q)
q.clear()
print(q.getstats())

# The runtime's own tick (no timer): only counts are stable.
r = _lsprof.Profiler()
r.enable()
fact(6)
r.disable()
print(sorted((name(e.code), e.callcount, e.reccallcount) for e in r.getstats()))
print(all(e.totaltime >= e.inlinetime >= 0.0 for e in r.getstats()))
print(type(r.getstats()[0]).__name__, _lsprof.profiler_entry.n_sequence_fields, _lsprof.profiler_subentry.n_fields)
