# close() of a generator delegating by yield from: a failing close of the delegate is raised inside the delegating
# generator (its finally runs); a close lookup that fails is unraisable and the close goes on
import sys
trace = []
def g1():
    try:
        trace.append("Starting g1")
        yield "g1 ham"
        yield from g2()
        yield "g1 eggs"
    finally:
        trace.append("Finishing g1")
def g2():
    try:
        trace.append("Starting g2")
        yield "g2 spam"
        yield "g2 more spam"
    finally:
        trace.append("Finishing g2")
        raise ValueError("nybbles have exploded with delight")
g = g1()
for i in range(2):
    trace.append("Yielded %s" % (next(g),))
try:
    g.close()
except ValueError as e:
    print(e, type(e.__context__).__name__)
print(trace)

class Broken:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def __getattr__(self, attr):
        1/0
def g():
    yield from Broken()
for action in ('send', 'throw'):
    gi = g()
    next(gi)
    try:
        gi.send(1) if action == 'send' else gi.throw(AttributeError)
    except ZeroDivisionError as e:
        print(action, 'ZeroDivisionError')
seen = []
sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, type(u.object).__name__))
gi = g()
next(gi)
gi.close()
print(seen[-1:], gi.gi_frame)
class Closer:
    def __iter__(self): return self
    def __next__(self): return 2
    def close(self): raise KeyError('in close')
def h():
    try:
        yield from Closer()
    finally:
        print('h finally')
hi = h()
next(hi)
try:
    hi.close()
except KeyError as e:
    print('KeyError', e, type(e.__context__).__name__)
