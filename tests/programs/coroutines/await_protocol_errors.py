# Coroutine protocol errors as CPython 3.11 raises them: a coroutine awaited twice at once, reuse of an exhausted
# coroutine (also by throw()), async for/with given non-awaitables, 'yield from' of a coroutine in a plain
# generator, cr_await while running, anext() over a types.coroutine __anext__.
import types
def show(f):
    try:
        r = f()
        print('ok', r)
    except BaseException as e:
        print(type(e).__name__, e, '| ctx', type(e.__context__).__name__ if e.__context__ else None)

@types.coroutine
def nop():
    yield
async def coroutine():
    await nop()
async def waiter(coro):
    await coro
coro = coroutine()
coro.send(None)
show(lambda: waiter(coro).send(None))

async def spam():
    return 'spam'
c = spam()
show(lambda: c.send(None))
show(lambda: c.send(None))
show(lambda: c.throw(Exception('wat')))
show(lambda: c.close())
show(lambda: c.close())
c = spam()
it = iter(c.__await__())
show(lambda: it.send(None))
show(lambda: it.send(None))
show(lambda: next(it))
show(lambda: it.throw(Exception('wat')))
show(lambda: it.close())

def g():
    yield 1
gen = g(); next(gen)
show(lambda: next(gen, 'end') and next(gen))
show(lambda: gen.throw(ValueError('x')))
show(lambda: gen.send(None))

class AI:
    def __aiter__(self): return self
    def __anext__(self): return ()
async def forit():
    async for i in AI():
        pass
show(lambda: forit().send(None))
class AW:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 1
async def withit():
    async with AW():
        pass
show(lambda: withit().send(None))
class AW2:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): return 1
async def withit2():
    async with AW2():
        pass
show(lambda: withit2().send(None))
class AW3:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 1
async def withit3():
    async with AW3():
        1/0
show(lambda: withit3().send(None))
class F:
    def __aiter__(self): return self
    def __anext__(self): return self
    def __await__(self): 1 / 0
async def main():
    async for _ in F():
        pass
try:
    main().send(None)
except TypeError as e:
    print(e, type(e.__cause__).__name__)
async def bar():
    return 10
coro = bar()
def foo():
    yield from coro
show(lambda: list(foo()))
coro.close()
async def agen():
    yield 1
def foo2():
    yield from agen()
show(lambda: list(foo2()))
@types.coroutine
def a():
    print('a running, b awaits', coro_b.cr_await)
    yield
    print('a resumed, b awaits', coro_b.cr_await)
async def c():
    await a()
async def b():
    print('b start', coro_b.cr_await)
    await c()
    print('b after', coro_b.cr_await)
coro_b = b()
print(coro_b.cr_await)
coro_b.send(None)
print(coro_b.cr_await.cr_await.gi_code.co_name)
show(lambda: coro_b.send(None))
print(coro_b.cr_await)
