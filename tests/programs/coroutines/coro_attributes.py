# Coroutine objects: attributes, names, state, awaitable protocol.
async def sample(x):
    return x
c = sample(1)
print(c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_running, c.cr_await)
print(hasattr(c, "__await__"), hasattr(c, "send"), hasattr(c, "__next__"))
aw = c.__await__()
print(type(aw).__name__)
try:
    next(aw)
except StopIteration as e:
    print("value via __await__:", e.value)
class Waiter:
    def __await__(self):
        yield "w"
async def nested():
    await Waiter()
n = nested()
n.send(None)
print(type(n.cr_await).__name__)
n.close()
print(n.cr_frame)
async def agen():
    yield 1
g = agen()
print(type(g).__name__, g.__name__, hasattr(g, "__aiter__"), hasattr(g, "__anext__"))
print(g.ag_running, g.ag_frame is not None)
print(sample.__code__.co_flags & 0x80 != 0, agen.__code__.co_flags & 0x200 != 0)
class C:
    async def method(self):
        return "method result"
m = C().method()
try:
    m.send(None)
except StopIteration as e:
    print(e.value, C.method.__qualname__)
