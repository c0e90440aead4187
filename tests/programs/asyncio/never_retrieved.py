# "Task exception was never retrieved": reported once nothing holds the failed task (CPython: when it
# is freed), never for an exception that was looked at. Only stderr's order matters here.
import asyncio

async def fail(msg):
    raise ValueError(msg)

kept = []

async def main():
    asyncio.create_task(fail("fire and forget"))
    await asyncio.sleep(0.001)
    t = asyncio.create_task(fail("held, then deleted"))
    await asyncio.sleep(0.001)
    print("still held")
    del t
    await asyncio.sleep(0.001)
    seen = asyncio.create_task(fail("retrieved"))
    await asyncio.sleep(0.001)
    print("retrieved:", repr(seen.exception()))
    res = await asyncio.gather(fail("gathered"), return_exceptions=True)
    print(res)
    kept.append(asyncio.create_task(fail("kept in a global list")))
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("future"))
    del fut
    await asyncio.sleep(0.001)
    print("main done")

asyncio.run(main())
print("after run")
