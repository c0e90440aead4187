# Exceptions under the loop: asyncio.run re-raising, chained causes kept, futures' state errors,
# and the default exception handler's report of a failing callback (logged on stderr).
import asyncio

class AppError(Exception):
    pass

async def inner():
    await asyncio.sleep(0)
    try:
        {}["missing"]
    except KeyError as e:
        raise AppError("inner failed") from e

async def main():
    await inner()

try:
    asyncio.run(main())
except AppError as e:
    print("caught:", repr(e), "cause:", repr(e.__cause__))
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names[0], names[-2:])

async def futures():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    # (The messages differ between C's Future and futures.py's: see run_traceback.py.)
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError")
    f.set_exception(ValueError("stored"))
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError")
    print(repr(f.exception()))
    try:
        await f
    except ValueError as e:
        print("await raised", e)
    g = loop.create_future()
    try:
        g.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    g.cancel(msg="why")
    try:
        g.exception()
    except asyncio.CancelledError as e:
        print("CancelledError:", e)
    done = []
    h = loop.create_future()
    h.add_done_callback(lambda fut: done.append(fut.result()))
    h.set_result("cb value")
    await asyncio.sleep(0)
    print(done, h.done(), h.cancelled())
    t = asyncio.create_task(inner())
    try:
        await t
    except AppError:
        print("task exception:", repr(t.exception()))

    loop.call_soon(lambda: [][1])
    await asyncio.sleep(0)
    print("loop still running")

asyncio.run(futures())

async def returns_in_finally():
    try:
        raise RuntimeError("hidden")
    finally:
        return "finally wins"
print(asyncio.run(returns_in_finally()))

async def system_exit():
    raise SystemExit(3)
try:
    asyncio.run(system_exit())
except SystemExit as e:
    print("SystemExit", e.code)
