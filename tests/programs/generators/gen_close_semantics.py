# close(), throw() and GeneratorExit in every generator state.
def g1():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("g1 finally")

g = g1()
print("close unstarted:", g.close(), g.gi_frame is None, g.gi_suspended)
g = g1()
next(g)
print("suspended:", g.gi_suspended, g.gi_running)
print("close:", g.close(), g.gi_frame)
print("close again:", g.close())
try:
    next(g)
except StopIteration:
    print("StopIteration after close")

def swallow():
    try:
        yield 1
    except GeneratorExit:
        return "swallowed"
s = swallow()
next(s)
print("return in handler:", s.close())

stubborn = True
def ignores():
    while True:
        try:
            yield "again"
        except GeneratorExit:
            print("ignoring")
            if not stubborn:
                return
i = ignores()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("still suspended:", i.gi_suspended)
stubborn = False
print("second close:", i.close(), i.gi_suspended)

def finally_yields():
    try:
        yield 1
    finally:
        yield "from finally"
f = finally_yields()
next(f)
try:
    f.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(f)
except GeneratorExit:
    print("the pending GeneratorExit resurfaces on next()", f.gi_frame)

def raises_other():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")
r = raises_other()
next(r)
try:
    r.close()
except ValueError as e:
    print("close propagates:", e)

def running_check():
    yield gen_self.gi_running
gen_self = running_check()
print("gi_running inside:", next(gen_self))

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
c = catcher()
next(c)
c.throw(ValueError("one"))
c.throw(ValueError, "two")
c.throw(ValueError, ValueError("three"))
try:
    c.throw(TypeError("escapes"))
except TypeError as e:
    print("escaped:", e, c.gi_frame)

def delegating():
    try:
        yield from g1()
    finally:
        print("delegating finally")
d = delegating()
next(d)
d.close()
print("yield-from close done", d.gi_yieldfrom)
