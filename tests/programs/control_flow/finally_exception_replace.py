# An exception in finally replaces the one in flight; context is kept.
def f():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    f()
except Exception as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
def g():
    try:
        return "value"
    finally:
        raise KeyError("finally raised")
try:
    g()
except KeyError as e:
    print("KeyError", e, e.__context__)
def h():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise IndexError("b")
        finally:
            print("finally sees exception in flight")
    except IndexError as e:
        return f"{e!r} from context {e.__context__!r}"
print(h())
def k():
    try:
        raise ValueError("x")
    except ValueError:
        try:
            raise TypeError("y")
        finally:
            print("inner finally")
try:
    k()
except TypeError as e:
    print(repr(e), repr(e.__context__))
