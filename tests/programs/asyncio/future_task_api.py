# The Future and Task objects themselves: reprs, states, callbacks, subclasses, introspection, and
# the errors a task reports for what its coroutine yields.
import asyncio
import types

class MyFuture(asyncio.Future):
    pass

class MyTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name=name, context=context)
        self.extra = "mine"

async def value(v):
    await asyncio.sleep(0)
    return v

@types.coroutine
def bad_yield(v):
    yield v

async def yields(v):
    await bad_yield(v)

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f._state, f.done(), f.cancelled(), asyncio.isfuture(f), f.get_loop() is loop)
    f.add_done_callback(print)
    f.add_done_callback(lambda x: None)
    print(len(f._callbacks), f.remove_done_callback(print), len(f._callbacks))
    f.set_result([1, 2])
    print(repr(f), f._state, f.result(), f._result)
    await asyncio.sleep(0)

    g = MyFuture()
    print(type(g).__name__, isinstance(g, asyncio.Future), repr(g))
    g.set_exception(KeyError)
    print(repr(g.exception()), g._state, repr(g))
    g.exception()

    c = loop.create_future()
    print(c.cancel("because"), c.cancel(), c._state, repr(c))
    try:
        await c
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)

    t = asyncio.create_task(value(7), name="seven")
    print(repr(t))
    print(t.get_name(), t.get_coro().__qualname__, hasattr(t, "get_context"), t._must_cancel, t._fut_waiter)
    t.set_name(123)
    print(t.get_name(), await t, repr(t))
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print("RuntimeError:", e)

    mt = MyTask(value("sub"), loop=loop)
    print(type(mt).__name__, mt.extra, await mt, isinstance(mt, asyncio.Task))

    for v in [42, "text"]:
        try:
            await asyncio.create_task(yields(v))
        except RuntimeError as e:
            print("RuntimeError:", e)

    try:
        asyncio.Task(42)
    except TypeError as e:
        print("TypeError:", e)

    waiting = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    print(type(waiting._fut_waiter).__name__, waiting.cancelling())
    waiting.cancel()
    await asyncio.sleep(0)
    print(waiting.cancelled(), waiting.cancelling())

    async def show_stack():
        await asyncio.sleep(0)
    st = asyncio.create_task(show_stack())
    await asyncio.sleep(0)
    print([fr.f_code.co_name for fr in st.get_stack()])
    await st
    print(st.get_stack())

    print(asyncio.current_task() in asyncio.all_tasks(), type(asyncio.current_task()).__name__)
    print(asyncio.Future[int], asyncio.Task[str])
    fut = asyncio.ensure_future(value(1))
    print(type(fut).__name__, await fut, await asyncio.ensure_future(fut))
    print(await asyncio.wrap_future(asyncio.ensure_future(value(2))))
    it = iter(loop.create_future())
    print(type(it).__name__)

asyncio.run(main())
try:
    asyncio.Future()
except RuntimeError as e:
    print("RuntimeError:", e)
