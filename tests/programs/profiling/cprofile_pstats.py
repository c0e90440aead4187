# cProfile.Profile with a fake timer through its ways of running code (runcall, runctx, run, the context
# manager), then pstats: print_stats with sort keys, print_callers/print_callees, restrictions, add(),
# dump_stats and Stats(file). Sorts end with 'stdname' so that ties do not depend on getstats()'s order.
import cProfile
import io
import os
import pstats
import sys
import tempfile


class Clock:
    def __init__(self):
        self.t = 0

    def __call__(self):
        self.t += 1
        return self.t


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def helper(xs):
    return sorted(xs, key=abs)


def main():
    r = [fib(6)]
    r.append(len(helper([-3, 1, -2])))
    r.extend(map(abs, [-1, -2]))
    return r


def report(stats, *sort, method='print_stats', args=()):
    out = io.StringIO()
    stats.stream = out
    stats.sort_stats(*sort)
    getattr(stats, method)(*args)
    print(out.getvalue().rstrip())
    print('-' * 20)


pr = cProfile.Profile(Clock(), 0.001)
print(pr.runcall(main, ))
st = pstats.Stats(pr).strip_dirs()
print(st.total_calls, st.prim_calls, round(st.total_tt, 3))
report(st, 'calls', 'stdname')
report(st, 'cumulative', 'stdname')
report(st, 'tottime', 'stdname', args=(3,))
report(st, 'name', 'stdname', args=('fib|helper',))
report(st, 'stdname', method='print_callers')
report(st, 'stdname', method='print_callees')
report(st, pstats.SortKey.PCALLS, pstats.SortKey.STDNAME, method='print_callers', args=('fib',))

# runctx with explicit namespaces, then the context manager, added up.
pr2 = cProfile.Profile(Clock(), 0.001)
ns = {'fib': fib}
pr2.runctx('x = fib(4)', ns, ns)
print(ns['x'], sys.getprofile())
with cProfile.Profile(Clock(), 0.001) as pr3:
    print(sys.getprofile() is pr3)
    helper([2, -1])
print(sys.getprofile())
both = pstats.Stats(pr2).add(pr3).strip_dirs()
report(both, 'ncalls', 'stdname')

# run() profiles in __main__'s namespace and returns the profiler.
pr4 = cProfile.Profile(Clock(), 0.001).run('main()')
report(pstats.Stats(pr4).strip_dirs(), 'calls', 'stdname')

# dump_stats writes marshal data that Stats reads back.
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'out.prof')
    pr.dump_stats(path)
    loaded = pstats.Stats(path)
    print(sorted((k[2], v[0], v[1]) for k, v in loaded.stats.items()))
    out = io.StringIO()
    loaded.stream = out
    loaded.strip_dirs().sort_stats('calls', 'stdname').print_stats()
    # The first line is the file's name and modification time.
    print(out.getvalue().split('\n', 2)[2].rstrip())

# create_stats() on its own.
pr5 = cProfile.Profile(Clock(), 0.001)
pr5.enable()
fib(3)
pr5.create_stats()
print(sorted((k[2], v[:2]) for k, v in pr5.stats.items()))
