# `raise C` for exception classes of every layout: builtin ones made directly, others (their own __init__,
# required arguments, subclasses) through their __new__ and __init__, with the same attributes.
class MyErr(ValueError):
    def __init__(self, *a):
        super().__init__('made by MyErr', *a)
class MyOS(OSError):
    pass
class MyStop(StopIteration):
    pass

def show(e):
    extra = {k: getattr(e, k) for k in ('errno', 'strerror', 'filename', 'value', 'code', 'msg', 'name', 'path',
                                        'exceptions') if hasattr(e, k)}
    print(type(e).__name__, repr(e), str(e), e.args, extra, e.__context__ is not None, e.__cause__)

for C in (ValueError, KeyError, StopIteration, SystemExit, KeyboardInterrupt, GeneratorExit, OSError,
          FileNotFoundError, PermissionError, ImportError, ModuleNotFoundError, SyntaxError, IndentationError,
          UnicodeError, UnicodeDecodeError, UnicodeEncodeError, ExceptionGroup, BaseExceptionGroup, MyErr, MyOS,
          MyStop, StopAsyncIteration, RecursionError, Warning, DeprecationWarning):
    for k in range(2):  # the second time takes the shortcut where there is one
        try:
            try:
                raise C
            except BaseException as e:
                show(e)
                break
        except TypeError as t:
            print(C.__name__, 'TypeError', t)
            break

for cause in (KeyError, ValueError('v')):
    try:
        raise RuntimeError from cause
    except RuntimeError as e:
        show(e)
        print(' cause:', repr(e.__cause__), e.__suppress_context__)

try:
    try:
        raise IndexError
    except IndexError:
        raise ValueError
except ValueError as e:
    print('context', repr(e.__context__))

def gen():
    yield 1
    raise StopIteration
try:
    list(gen())
except RuntimeError as e:
    print('RuntimeError', e, repr(e.__cause__))
