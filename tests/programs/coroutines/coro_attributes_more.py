# Coroutine, generator and async generator attributes through their life cycle.
import sys

class Suspend:
    def __await__(self):
        yield "suspended"

async def coro():
    await Suspend()
    return "done"

c = coro()
print(c.cr_running, c.cr_await, c.cr_suspended, c.cr_origin, c.cr_frame.f_code.co_name)
print(c.send(None), type(c.cr_await).__name__, c.cr_suspended, c.cr_frame.f_lineno)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value, c.cr_frame, c.cr_await, c.cr_suspended)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(a for a in dir(c) if a.startswith("cr_")))

def gen():
    yield 1
g = gen()
print(sorted(a for a in dir(g) if a.startswith("gi_")), hasattr(g, "cr_await"))
async def agen():
    yield 1
a = agen()
print(sorted(a2 for a2 in dir(a) if a2.startswith("ag_")), hasattr(a, "gi_frame"))
print(type(a).__name__, type(c).__name__, type(g).__name__)
print(repr(a).split(" at ")[0], repr(c).split(" at ")[0], repr(g).split(" at ")[0])

class Holder:
    async def method(self):
        return 1
    def genmethod(self):
        yield 1
    async def agmethod(self):
        yield 1
h = Holder()
for obj in [h.method(), h.genmethod(), h.agmethod()]:
    print(obj.__name__, obj.__qualname__)
    if hasattr(obj, "close"):
        obj.close()

async def awaits_coro():
    return await coro()
outer = awaits_coro()
print(outer.send(None), type(outer.cr_await).__name__, outer.cr_await.cr_await is not None)
outer.close()
print("closed:", outer.cr_frame, outer.cr_suspended)

def wrapper_protocol():
    w = coro().__await__()
    print(type(w).__name__, iter(w) is w, next(w))
    try:
        w.send("x")
    except StopIteration as e:
        print("wrapper returned", e.value)
wrapper_protocol()
print(sys.getrecursionlimit() > 0)
