# Exception context and cleanup when exceptions pass through generators and finally blocks.
def source():
    try:
        yield 1
        yield 2
        raise KeyError("inside source")
    finally:
        print("source cleanup")
def transform(it):
    try:
        for v in it:
            yield v * 10
    except KeyError as e:
        raise ValueError("transform failed") from e
try:
    for v in transform(source()):
        print("got", v)
except ValueError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
def handler_gen():
    try:
        raise IndexError("original")
    except IndexError:
        yield "in handler"
        raise RuntimeError("after yield")
g = handler_gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print("swallowed ZeroDivisionError")
    yield "after"
s = swallow()
next(s)
print(s.throw(ZeroDivisionError()))
