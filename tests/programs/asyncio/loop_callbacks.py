# Event loop API: call_soon/call_later/call_at ordering, handles, run_until_complete, run_forever/stop,
# get_event_loop/new_event_loop/set_event_loop, closed loops, errors from misuse.
import asyncio
import warnings

log = []

def cb(*args):
    log.append(args)

loop = asyncio.new_event_loop()
print(type(loop).__name__, loop.is_running(), loop.is_closed(), loop.get_debug())
loop.call_soon(cb, "soon1")
h = loop.call_soon(cb, "cancelled")
loop.call_soon(cb, "soon2")
h.cancel()
print(h.cancelled(), "cancelled" in repr(h))
# Deadlines ordered whatever the time between these lines: later ones are set after, or from a handle.
h1 = loop.call_later(0.01, cb, "later 0.01")
th = loop.call_at(h1.when() + 0.005, cb, "at +0.015")
loop.call_later(0.02, cb, "later 0.02")
print(type(th).__name__, th.when() == h1.when() + 0.005, h1.when() <= loop.time() + 0.01)
loop.call_later(0.03, loop.stop)
loop.run_forever()
print(log)
log.clear()

async def coro(x):
    await asyncio.sleep(0)
    return x * 2

print(loop.run_until_complete(coro(21)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "future value")
print(loop.run_until_complete(fut))
task = loop.create_task(coro(5))
print(loop.run_until_complete(task), task.done())

# Coroutines refused by a call are closed here: CPython's "never awaited" warning would come when the
# traceback that holds them goes, a moment reference counting decides.
async def nested():
    c1 = coro(1)
    try:
        loop.run_until_complete(c1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c1.close()
    c2 = coro(1)
    try:
        asyncio.run(c2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c2.close()
    print(asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop)
c = coro(0)
loop.run_until_complete(nested())
c.close()

loop.close()
print(loop.is_closed())
try:
    loop.call_soon(cb)
except RuntimeError as e:
    print("RuntimeError:", e)
c3 = asyncio.sleep(0)
try:
    loop.run_until_complete(c3)
except RuntimeError as e:
    print("RuntimeError:", e)
c3.close()

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    l1 = asyncio.get_event_loop()
    l2 = asyncio.get_event_loop()
print(l1 is l2, [str(x.message) for x in w], [x.category.__name__ for x in w])
print(l1.run_until_complete(coro(4)))
l3 = asyncio.new_event_loop()
asyncio.set_event_loop(l3)
print(asyncio.get_event_loop() is l3)
asyncio.set_event_loop(None)
l1.close()
l3.close()

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)

def handler(loop, context):
    print("handler:", context["message"], repr(context.get("exception")))

async def with_handler():
    lp = asyncio.get_running_loop()
    lp.set_exception_handler(handler)
    lp.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    lp.call_exception_handler({"message": "custom"})
    print(lp.get_exception_handler() is handler)

asyncio.run(with_handler())

async def debug_mode():
    return asyncio.get_running_loop().get_debug()
print(asyncio.run(debug_mode(), debug=True))
