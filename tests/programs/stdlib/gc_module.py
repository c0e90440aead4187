# The gc module: state functions, argument errors, is_tracked, get_referents in tp_traverse's order,
# get_referrers, callbacks around collect(), and collect() finalising an unreachable suspended generator.
import gc
import timeit

print(timeit.timeit('x = 1', number=100) >= 0)  # timeit turns gc off and on around the timing
print(gc.isenabled(), gc.disable(), gc.isenabled(), gc.enable(), gc.isenabled())
print(gc.get_threshold(), gc.set_threshold(5), gc.get_threshold(), gc.set_threshold(700, 10, 10))
print(gc.get_debug(), gc.set_debug(gc.DEBUG_STATS & 0), gc.DEBUG_LEAK, gc.DEBUG_SAVEALL)
print(gc.garbage, gc.callbacks, list(gc.get_stats()[2].keys()), gc.is_finalized(object()))
print(sorted(n for n in dir(gc) if not n.startswith('__')))
for expr in ["gc.collect(3)", "gc.collect(-1)", "gc.collect('x')", "gc.collect(1, 2)", "gc.get_objects(3)",
             "gc.set_threshold()", "gc.set_threshold(1, 2, 3, 4)", "gc.set_debug()", "gc.set_debug('a')",
             "gc.is_tracked()", "gc.isenabled(1)"]:
    try:
        eval(expr)
        print(expr, 'ok')
    except Exception as e:
        print(expr, type(e).__name__, e)

print([gc.is_tracked(v) for v in [1, 1.5, 'a', b'', None, 3j, [], {}, {'a': 1}, {'a': []}, (1, 2), ((),), set(),
                                   frozenset(), object(), type, lambda: 0, gc]])

class A:
    pass

a = A()
a.x = [1]
a.__dict__
print(gc.is_tracked(a), [type(r).__name__ for r in gc.get_referents(a)])
print(gc.get_referents([1, 'a'], {'k': 2}, {1: 'one'}, (3, 4), 5))
print([type(r).__name__ for r in gc.get_referents(A)])


def f(x=[1]):
    y = 1

    def g():
        return y
    return g


print([type(r).__name__ for r in gc.get_referents(f)])
print([type(r).__name__ for r in gc.get_referents(f())])
print(any(r is a for r in gc.get_referrers(a.__dict__)), any(r is a.__dict__ for r in gc.get_referrers(a.x)))
print(a in gc.get_objects(), isinstance(gc.get_objects(2), list))

events = []
gc.callbacks.append(lambda phase, info: events.append((phase, info['generation'])))


def gen():
    try:
        yield 1
    finally:
        print('generator closed by the collector')


it = gen()
next(it)
cycle = [it]
cycle.append(cycle)
del it, cycle
print('collected something:', gc.collect(1) > 0)
print(events)
gc.callbacks.clear()
