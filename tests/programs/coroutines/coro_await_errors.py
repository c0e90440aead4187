# Errors for awaiting non-awaitables and misusing coroutines.
def drive(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value
async def await_int():
    await 5
try:
    drive(await_int())
except TypeError as e:
    print("TypeError:", e)
class BadAwait:
    def __await__(self):
        return 5
async def await_bad():
    await BadAwait()
try:
    drive(await_bad())
except TypeError as e:
    print("TypeError:", e)
class GenAwait:
    def __await__(self):
        yield 1
        return "from generator __await__"
async def good():
    return await GenAwait()
print(drive(good()))
async def simple():
    return 1
c = simple()
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
c.close()
async def reuse():
    coro = simple()
    a = await coro
    try:
        await coro
    except RuntimeError as e:
        return a, str(e)
print(drive(reuse()))
async def for_on_sync():
    async for x in [1, 2]:
        pass
try:
    drive(for_on_sync())
except TypeError as e:
    print("TypeError:", e)
