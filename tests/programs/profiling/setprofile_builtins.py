# The events a Python profile function gets around builtins: 'c_call'/'c_return'/'c_exception' for CALL
# and CALL_FUNCTION_EX (f(*args), a method descriptor with its self first), none after the profiler is
# removed during the call, none for types; sys.getprofile() while a cProfile profiler runs.
import cProfile
import sys

events = []


def prof(frame, event, arg):
    if event.startswith('c_'):
        events.append((event, getattr(arg, '__qualname__', arg)))
    else:
        events.append((event, frame.f_code.co_name))


def f(*a, **k):
    return a


def body():
    args = (3, 1, 2)
    max(*args)
    max(*args, key=None)
    lst = []
    list.append(*(lst, 1))
    list.append(lst, 2)
    f(*args)
    (1).__add__(2)
    int.__add__(*(1, 2))
    str.maketrans('a', 'b')
    int('5')
    try:
        int(*('x',))
    except ValueError:
        pass
    try:
        divmod(*(1, 0))
    except ZeroDivisionError:
        pass
    try:
        lst.index(7)
    except ValueError:
        pass
    sorted(args, key=lambda x: x)
    return lst


sys.setprofile(prof)
body()
sys.setprofile(None)
for e in events:
    print(*e)
print()

# Removed during the call (no c_return for setprofile), then set again in the same frame: no stale event.
events.clear()


def again():
    sys.setprofile(prof)
    len('a')
    sys.setprofile(None)
    abs(-1)
    sys.setprofile(prof)
    len('b')
    sys.setprofile(None)


again()
for e in events:
    print(*e)

pr = cProfile.Profile()
pr.enable()
print(sys.getprofile() is pr)
sys.setprofile(None)
print(sys.getprofile())
pr.enable()
sys.setprofile(prof)
print(sys.getprofile() is prof)
pr.disable()
print(sys.getprofile())
