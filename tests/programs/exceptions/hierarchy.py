# The builtin exception hierarchy.
def chain(cls):
    return " -> ".join(c.__name__ for c in cls.__mro__)
for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError,
            RecursionError, NotImplementedError, StopIteration, StopAsyncIteration, GeneratorExit,
            KeyboardInterrupt, SystemExit, ModuleNotFoundError, UnboundLocalError, TabError,
            OverflowError, FloatingPointError, ConnectionResetError, TimeoutError, BrokenPipeError,
            ExceptionGroup, BaseExceptionGroup, DeprecationWarning, UserWarning, EncodingWarning]:
    print(chain(cls))
print(issubclass(KeyError, LookupError), issubclass(LookupError, Exception))
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, BaseException))
print(IOError is OSError, EnvironmentError is OSError)
try:
    {}["x"]
except LookupError as e:
    print("caught via LookupError:", type(e).__name__, e)
try:
    [][0]
except (KeyError, IndexError) as e:
    print("caught via tuple:", type(e).__name__)
try:
    int("x")
except Exception as e:
    print("caught via Exception:", type(e).__name__)
def catch(exc):
    try:
        raise exc
    except ArithmeticError:
        return "ArithmeticError"
    except LookupError:
        return "LookupError"
    except OSError:
        return "OSError"
    except Exception:
        return "Exception"
    except BaseException:
        return "BaseException"
for exc in [ZeroDivisionError, OverflowError, KeyError, IndexError, PermissionError, ValueError,
            SystemExit, GeneratorExit]:
    print(exc.__name__, "->", catch(exc))
