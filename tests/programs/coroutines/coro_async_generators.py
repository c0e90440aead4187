# Async generators: asend, athrow, aclose driven by hand.
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
async def counter(start):
    n = start
    try:
        while True:
            got = yield n
            if got is not None:
                n = got
            else:
                n += 1
    except ValueError as e:
        yield f"reset because {e}"
    finally:
        print("counter finally")
ag = counter(10)
print(type(ag).__name__)
print(run(ag.__anext__()))
print(run(ag.__anext__()))
print(run(ag.asend(100)))
print(run(ag.__anext__()))
print(run(ag.athrow(ValueError("bad value"))))
try:
    run(ag.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
ag2 = counter(0)
print(run(ag2.__anext__()))
run(ag2.aclose())
print("closed")
try:
    run(ag2.__anext__())
except StopAsyncIteration:
    print("exhausted after aclose")
async def empty():
    return
    yield
try:
    run(empty().__anext__())
except StopAsyncIteration as e:
    print("empty:", repr(e))
async def collect(ag):
    return [v async for v in ag]
async def letters():
    for c in "xyz":
        yield c
print(run(collect(letters())))
