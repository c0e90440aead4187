# The "as" target is deleted at the end of the handler.
e = "module e"
try:
    raise ValueError("inside")
except ValueError as e:
    print("handler:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def f():
    exc = None
    try:
        1 / 0
    except ZeroDivisionError as exc2:
        exc = exc2
    return type(exc).__name__, str(exc)
print(f())
def g():
    for i in range(3):
        try:
            if i % 2:
                raise KeyError(i)
        except KeyError as k:
            print("caught", k)
    try:
        return k
    except UnboundLocalError as u:
        return "UnboundLocalError: " + str(u)
print(g())
try:
    try:
        raise OSError(2, "No such thing")
    except OSError as os_err:
        print(os_err.errno, os_err.strerror, os_err)
        raise
except OSError as again:
    print("again:", again.args)
