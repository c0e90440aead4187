# Raising inside finally, and exceptions escaping from with/finally combos.
def f():
    try:
        return 1
    finally:
        raise ValueError("from finally")
try:
    f()
except ValueError as e:
    print("ValueError:", e, "| context:", e.__context__)
def g():
    try:
        raise KeyError("original")
    finally:
        raise ValueError("replacement")
try:
    g()
except ValueError as e:
    print("ValueError:", e, "| context:", repr(e.__context__))
def h():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
    return "unreachable?"
try:
    print(h())
except KeyError as e:
    print("KeyError escaped at last iteration:", e)
def k():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally runs")
    finally:
        print("outer finally runs")
try:
    k()
except ValueError as e:
    print("caught", e)
def m():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise TypeError("nested")
        finally:
            print("finally inside handler")
try:
    m()
except TypeError as e:
    print(repr(e), repr(e.__context__))
