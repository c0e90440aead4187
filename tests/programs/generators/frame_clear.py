# frame.clear(): a suspended generator's frame closes the generator, a running frame refuses, a finished
# frame drops its locals (f_locals becomes empty, objects it held can be collected).
import gc
import sys
import weakref

sys.unraisablehook = lambda u: print('unraisable:', type(u.exc_value).__name__, u.exc_value, type(u.object).__name__)


def g():
    a = 1
    try:
        yield sys._getframe()
    finally:
        print('finally ran')


gen = g()
f = next(gen)
print(f.f_locals)
f.clear()
print(f.f_locals, gen.gi_frame, gen.gi_running)
f.clear()
try:
    next(gen)
except StopIteration:
    print('stopped')


class C:
    pass


def h(obj):
    x = 1
    try:
        raise ValueError
    except ValueError as e:
        return e


c = C()
wr = weakref.ref(c)
e = h(c)
del c
gc.collect()
fr = e.__traceback__.tb_frame
print(sorted(fr.f_locals), wr() is not None)
fr.clear()
print(fr.f_locals)
gc.collect()
print(wr())
fr.clear()
print(fr.f_code.co_name, fr.f_globals is globals())

try:
    sys._getframe().clear()
except RuntimeError as e:
    print(e)


def k():
    try:
        sys._getframe(1).clear()
    except RuntimeError as e:
        print('caller:', e)


k()

try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
try:
    tb.tb_frame.clear()
except RuntimeError as e:
    print('module frame:', e)


def executing():
    try:
        1 / 0
    except ZeroDivisionError as e:
        fr = e.__traceback__.tb_frame
        try:
            fr.clear()
        except RuntimeError as e2:
            print('generator:', e2)
        yield fr


ge = executing()
fe = next(ge)
fe.clear()
print(list(ge))


def unstarted():
    yield 1


gu = unstarted()
gu.gi_frame.clear()
print(list(gu))


def outer():
    cell = 5

    def inner():
        return cell
    try:
        raise KeyError
    except KeyError as e:
        return e, inner


e2, inner = outer()
e2.__traceback__.tb_frame.clear()
print(e2.__traceback__.tb_frame.f_locals, inner())


def bad():
    try:
        yield sys._getframe()
    finally:
        raise ValueError('raised in finally')


gb = bad()
fb = next(gb)
fb.clear()
print('after bad', gb.gi_frame)


async def coro():
    return 'ran'


co = coro()
co.cr_frame.clear()
print(co.cr_frame is not None)
try:
    co.send(None)
except StopIteration as s:
    print('coroutine still runs:', s.value)
