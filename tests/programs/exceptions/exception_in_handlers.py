# sys.exc_info and the handled exception inside handlers.
import sys
print(sys.exc_info())
try:
    raise ValueError("current")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, type(tb).__name__)
    print(sys.exception() if hasattr(sys, "exception") else "no sys.exception in 3.11")
print(sys.exc_info())
def inner():
    return sys.exc_info()[1]
try:
    raise KeyError("visible in callee")
except KeyError:
    print(repr(inner()))
try:
    raise IndexError("outer")
except IndexError:
    try:
        raise TypeError("inner")
    except TypeError:
        print("inner handler sees", repr(sys.exc_info()[1]))
    print("back to outer:", repr(sys.exc_info()[1]))
def gen():
    try:
        raise ValueError("in generator")
    except ValueError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
g = gen()
print(next(g))
print("outside generator:", sys.exc_info())
print(next(g))
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)
