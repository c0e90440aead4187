# Generators: names taken from the function when called, the delegating frame visible while a yield-from
# delegate handles throw(), the thrown exception chained to the generator's handled one, and an exception class
# that fails to instantiate raising inside the generator.
import sys, inspect
def names(frame):
    out = []
    while frame is not None and frame.f_code.co_name not in ('<module>', 'run'):
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out
def f():
    print(names(sys._getframe()))
    try:
        yield
    except Exception as e:
        print('caught', type(e).__name__, names(sys._getframe()))
    print(names(sys._getframe()))
def g():
    print(names(sys._getframe()))
    yield from f()
    print(names(sys._getframe()))
def run(call):
    gen = g()
    gen.send(None)
    try:
        call(gen)
    except StopIteration:
        pass
run(lambda gen: gen.send(None))
run(lambda gen: gen.throw(RuntimeError))
def func():
    yield 1
func.__qualname__ = "func_qualname"
func.__name__ = "func_name"
gen = func()
print(gen.__name__, gen.__qualname__)
async def co(): pass
co.__name__ = 'renamed'
c = co()
print(c.__name__, c.__qualname__)
c.close()
print((x for x in []).__name__)

def g1():
    try:
        raise KeyError('a')
    except Exception:
        yield
gen = g1(); gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print(repr(e.__context__))
def f():
    yield
def g():
    try:
        raise KeyError('b')
    except Exception:
        yield from f()
gen = g(); gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print(repr(e.__context__))
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls
def boring():
    yield
gen = boring()
try:
    gen.throw(E)
except TypeError as e:
    print(e)
try:
    next(gen)
except StopIteration:
    print('stopped')
def generator():
    try:
        yield 'a'
    except TypeError as e:
        print('inside', e)
        yield 'b'
gen = generator(); print(next(gen)); print(gen.throw(E))
