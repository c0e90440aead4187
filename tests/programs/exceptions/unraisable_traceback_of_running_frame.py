# An exception reported as unraisable without a traceback of its own (a generator ignoring GeneratorExit when
# dropped) gets one of the frame running at the time, as _PyErr_WriteUnraisableMsg gives it.
import sys


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def drop_it():
    g = stubborn()
    next(g)
    del g


class Leaker:
    def __del__(self):
        raise RuntimeError("del failed")


reports = []


def hook(u):
    tb = u.exc_traceback
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    reports.append((u.exc_type.__name__, str(u.exc_value), frames, u.exc_value.__traceback__ is u.exc_traceback))


sys.unraisablehook = hook
drop_it()
leak = Leaker()
del leak
sys.unraisablehook = sys.__unraisablehook__
for r in reports:
    print(r)
