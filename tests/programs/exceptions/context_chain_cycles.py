# A __context__ chain that already has a cycle (user code can set __context__ to anything): raising in it
# neither hangs nor loses the cycle, and tracebacks print each exception once.
def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)
try:
    cycle()
except Exception as e:
    exc = e
print(type(exc).__name__, type(exc.__context__).__name__, exc.__context__.__context__ is exc.__context__)

def cycle2():
    try:
        raise ValueError(1)
    except ValueError as a:
        try:
            raise KeyError(2)
        except KeyError as b:
            a.__context__ = b
            b.__context__ = a
            raise TypeError(3)
try:
    cycle2()
except Exception as e:
    print(type(e).__name__, type(e.__context__).__name__, type(e.__context__.__context__).__name__)
import traceback
traceback.print_exception(e)
cycle2()
