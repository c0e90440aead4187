# Async generators, async with and async for under the event loop: aclose, athrow, asend,
# contextlib's async helpers, and loop.shutdown_asyncgens closing a generator left suspended.
import asyncio
import contextlib
import sys

async def ticker(n, log):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        log.append("ticker closed")

class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log
    async def __aenter__(self):
        await asyncio.sleep(0)
        self.log.append(f"open {self.name}")
        return self
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        self.log.append(f"close {self.name} {et.__name__ if et else None}")
        return et is KeyError

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n

@contextlib.asynccontextmanager
async def managed(log):
    log.append("enter")
    try:
        yield "value"
    finally:
        log.append("exit")

async def echo():
    received = None
    while True:
        try:
            received = yield received
        except ValueError as e:
            received = f"caught {e}"

async def main(log):
    print([i async for i in ticker(3, log)])
    print(log)
    log.clear()
    async for i in ticker(10, log):
        if i == 2:
            break
    print("after break", log)
    log.clear()
    g = ticker(5, log)
    print(await g.__anext__(), await anext(g))
    await g.aclose()
    print(log, await anext(g, "exhausted"))
    log.clear()

    async with Resource("r1", log) as r:
        log.append(f"inside {r.name}")
    async with Resource("r2", log):
        raise KeyError("suppressed")
    try:
        async with Resource("r3", log):
            raise ValueError("propagates")
    except ValueError:
        log.append("ValueError out")
    print(log)
    log.clear()

    print([x async for x in Countdown(3)])
    async with managed(log) as v:
        log.append(v)
    print(log)
    log.clear()

    e = echo()
    print(await e.asend(None), await e.asend("hi"), await e.athrow(ValueError("bad")))
    await e.aclose()

    async with contextlib.AsyncExitStack() as stack:
        stack.push_async_callback(lambda: asyncio.sleep(0, log.append("callback")))
        await stack.enter_async_context(managed(log))
    print(log)
    log.clear()

    # Left suspended: asyncio.run's shutdown_asyncgens closes it.
    global left
    left = ticker(5, log)
    print(await anext(left))
    print(sys.get_asyncgen_hooks().firstiter.__name__)

log = []
asyncio.run(main(log))
print("after run:", log, sys.get_asyncgen_hooks())
