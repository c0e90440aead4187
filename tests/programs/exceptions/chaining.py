# __cause__, __context__ and __suppress_context__.
def show(e):
    print(f"{type(e).__name__}({e}) cause={e.__cause__!r} context={e.__context__!r} suppress={e.__suppress_context__}")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("explicit") from z
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("suppressed") from None
except ValueError as e:
    show(e)
try:
    raise KeyError("k") from IndexError("i")
except KeyError as e:
    show(e)
try:
    raise TypeError("from class") from RuntimeError
except TypeError as e:
    show(e)
try:
    raise TypeError("bad cause") from 5
except TypeError as e:
    show(e)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
print(e.__suppress_context__)
def deep():
    try:
        try:
            try:
                raise OSError("level 1")
            except OSError:
                raise KeyError("level 2")
        except KeyError:
            raise IndexError("level 3")
    except IndexError as e:
        chain = []
        while e:
            chain.append(f"{type(e).__name__}: {e}")
            e = e.__context__
        return chain
print(deep())
try:
    try:
        raise ValueError("x")
    except ValueError as ex:
        raise ex
except ValueError as e:
    print("re-raise same object: context is", e.__context__)
