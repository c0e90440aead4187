# Nested try statements, bare raise, raise from inside handlers.
def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except KeyError:
        print("level2 saw it, re-raising")
        raise
def level1():
    try:
        level2()
    except LookupError as e:
        print("level1 caught", type(e).__name__, e)
        return "handled"
print(level1())
def translate():
    try:
        try:
            int("x")
        except ValueError as e:
            raise RuntimeError("translated") from e
    except RuntimeError as e:
        print(e, "| cause:", repr(e.__cause__))
translate()
def handler_raises():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            [][1]
    except IndexError as e:
        print("IndexError:", e, "| context:", repr(e.__context__))
handler_raises()
def finally_order():
    try:
        try:
            raise ValueError("v")
        finally:
            print("inner finally")
    except ValueError:
        print("outer except")
    finally:
        print("outer finally")
finally_order()
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
