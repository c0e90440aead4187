# Inside a generator, sys.exc_info(), a bare raise and __context__ see the caller's handled
# exception when the generator handles none itself (CPython's exc_info chain).
import sys
def g():
    yield sys.exc_info()[1]
    raise KeyError("in gen")
try:
    raise ValueError("outer")
except ValueError:
    it = g()
    print(repr(next(it)))
    try:
        next(it)
    except KeyError as e:
        print(repr(e), repr(e.__context__))
def h():
    try:
        raise TypeError("inner handled")
    except TypeError:
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
hh = h()
try:
    raise ValueError("caller")
except ValueError:
    print(repr(next(hh)))
    print(repr(next(hh)))
print(repr(sys.exc_info()[1]))
def reraiser():
    yield "ready"
    raise
rr = reraiser()
next(rr)
try:
    raise KeyError("caller's")
except KeyError:
    try:
        next(rr)
    except KeyError as e:
        print("bare raise in generator re-raised", repr(e))
def no_active():
    yield
    raise
na = no_active()
next(na)
try:
    next(na)
except RuntimeError as e:
    print("RuntimeError:", e)
def own_state():
    try:
        raise IndexError("own")
    except IndexError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
os_ = own_state()
print(repr(next(os_)))
try:
    raise ValueError("different caller")
except ValueError:
    print(repr(next(os_)))
