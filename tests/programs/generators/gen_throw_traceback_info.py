# Exceptions thrown into generators keep their identity and context.
def g():
    try:
        yield 1
    except ValueError as e:
        print("inside:", e, e.args)
        raise TypeError("converted") from e
gen = g()
next(gen)
err = ValueError("thrown", 42)
try:
    gen.throw(err)
except TypeError as e:
    print("outside:", e, e.__cause__ is err)
def h():
    try:
        yield
    finally:
        print("finally runs on throw")
hg = h()
next(hg)
try:
    hg.throw(KeyError, KeyError("k"))
except KeyError as e:
    print("KeyError:", e)
def ctx():
    try:
        raise IndexError("inner")
    except IndexError:
        yield "inside except"
c = ctx()
print(next(c))
try:
    c.throw(RuntimeError("during except"))
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
