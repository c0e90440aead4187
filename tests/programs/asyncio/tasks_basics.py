# asyncio.run, sleep, create_task, gather, wait, wait_for, as_completed: ordered by events and by
# distinct timer delays, never by wall-clock measurements.
import asyncio

log = []

async def step(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name * n

async def delayed(value, delay):
    await asyncio.sleep(delay)
    return value

async def fails(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def main():
    print(await step("a", 2))
    t1 = asyncio.create_task(step("x", 3), name="first")
    t2 = asyncio.create_task(step("y", 2))
    print(t1.get_name(), t2.get_name().startswith("Task-"), t1.done())
    print(await t1, await t2, t1.done(), t1.result())
    print(log)
    log.clear()

    print(await asyncio.gather(step("p", 1), delayed("q", 0.002), step("r", 2)))
    print(log)
    res = await asyncio.gather(fails("bad"), delayed(5, 0), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(fails("first error"), delayed(1, 10))
    except ValueError as e:
        print("gather raised", e)

    slow = asyncio.create_task(delayed("slow", 10))
    fast = asyncio.create_task(delayed("fast", 0.001))
    done, pending = await asyncio.wait({slow, fast}, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending), slow in pending)
    done, pending = await asyncio.wait({slow}, timeout=0.001)
    print(len(done), len(pending))
    slow.cancel()
    done, pending = await asyncio.wait({slow})
    print(len(done), len(pending), slow.cancelled())

    ts = [asyncio.create_task(fails("e1")), asyncio.create_task(delayed(3, 10))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(type(t.exception()).__name__ for t in done), len(pending))
    ts[1].cancel()
    await asyncio.wait(ts)
    print(ts[1].cancelled())

    print(await asyncio.wait_for(delayed("in time", 0), timeout=1))
    try:
        await asyncio.wait_for(delayed("late", 0.5), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, isinstance(e, TimeoutError))

    order = []
    for coro in asyncio.as_completed([delayed(3, 0.03), delayed(1, 0.01), delayed(2, 0.02)]):
        order.append(await coro)
    print(order)

    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)

print(asyncio.run(main()))
print(asyncio.run(step("z", 1)))
