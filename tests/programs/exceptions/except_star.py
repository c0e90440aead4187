# except* handling of exception groups.
def run(excs):
    try:
        raise ExceptionGroup("batch", excs)
    except* ValueError as g:
        print("ValueError group:", repr(g))
    except* (KeyError, IndexError) as g:
        print("Lookup group:", [repr(e) for e in g.exceptions])
    except* ZeroDivisionError:
        print("zero division handled")
run([ValueError(1), KeyError("a"), ValueError(2), IndexError(0)])
run([ZeroDivisionError()])
try:
    run([TypeError("unhandled"), ValueError(3)])
except ExceptionGroup as eg:
    print("escaped:", repr(eg))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked exception wrapped:", repr(g), type(g).__name__)
try:
    try:
        raise ExceptionGroup("eg", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise KeyError("raised in handler")
except BaseException as outer:
    print(type(outer).__name__, repr(outer))
    print([type(e).__name__ for e in outer.exceptions])
try:
    try:
        raise ExceptionGroup("eg", [OSError("x")])
    except* OSError as g:
        raise
except ExceptionGroup as e:
    print("bare raise keeps group:", repr(e))
def nested():
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError("deep")]), TypeError("top")])
    except* ValueError as g:
        print("matched nested:", repr(g))
    except* TypeError as g:
        print("matched top:", repr(g))
nested()
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    print("handled")
else:
    print("no else")
finally:
    print("finally after except*")
