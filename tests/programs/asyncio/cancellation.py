# Task cancellation, shield, asyncio.timeout, TaskGroup and the ExceptionGroup it raises.
import asyncio

async def sleeper(log, name, delay=1):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} finished")
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise
    finally:
        log.append(f"{name} cleanup")

async def ignores_cancel(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("swallowed")
    return "kept going"

async def bad(delay, exc):
    await asyncio.sleep(delay)
    raise exc

async def main():
    log = []
    t = asyncio.create_task(sleeper(log, "t"))
    await asyncio.sleep(0)
    print(t.cancel("stop now"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("await cancelled task:", repr(e), t.cancelled(), t.done())
    print(log)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", type(e).__name__)
    print(t.cancel())

    log.clear()
    t = asyncio.create_task(ignores_cancel(log))
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), log)

    inner = asyncio.create_task(asyncio.sleep(0.01, "shielded result"))
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner:", await inner)

    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 1)
        await asyncio.sleep(0)
    print("rescheduled, expired:", cm.expired())
    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() - 1):
            await asyncio.sleep(0.5)
    except TimeoutError as e:
        print("timeout_at in the past:", type(e).__name__, type(e.__context__).__name__)

    log.clear()
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(sleeper(log, "a", 0.001))
        b = tg.create_task(sleeper(log, "b", 0))
    print(sorted(log), a.done(), b.done())

    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(log, "long"))
            tg.create_task(bad(0.001, ValueError("one")))
            tg.create_task(bad(10, KeyError("two")))
    except* ValueError as eg:
        print("ValueError group:", eg.exceptions)
    except* KeyError as eg:
        print("KeyError group:", eg.exceptions)
    print(log)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(0, TypeError("x")))
            tg.create_task(bad(0, TypeError("y")))
    except ExceptionGroup as eg:
        print(repr(eg), [str(e) for e in eg.exceptions])

    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print(t.cancelling(), t.uncancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled once more")

asyncio.run(main())

async def cancel_main():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)

try:
    asyncio.run(cancel_main())
except asyncio.CancelledError as e:
    print("run() raised", type(e).__name__)
