# An exception escaping asyncio.run prints CPython's traceback: Future.result and Task.__step are C
# code there (_asyncio), so no frame of futures.py or tasks.py appears between run_until_complete and
# the coroutine; their messages are C's too.
import asyncio

async def check_messages():
    f = asyncio.get_running_loop().create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.set_result(1)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

asyncio.run(check_messages())

async def inner():
    await asyncio.sleep(0)
    raise ValueError("inner failed")

async def main():
    await inner()

asyncio.run(main())
