# Async generators abandoned unfinished are closed as CPython does without asyncgen hooks: at once
# when the last reference goes (break out of async for, rebinding), else at exit.
async def agen(name, log):
    try:
        for i in range(3):
            yield i
    finally:
        log.append(f"closed {name}")
        print("agen finally", name)

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    log = []
    async for x in agen("loop", log):
        if x == 1:
            break
    print("after break", log)
    g = agen("var", log)
    print("first", await g.__anext__())
    g = None
    print("after rebind", log)
    async def early_return():
        async for x in agen("return", log):
            return x
    print("early return", await early_return(), log)
    try:
        async for x in agen("raise", log):
            raise KeyError(x)
    except KeyError as e:
        print("caught", e, log)
    kept = agen("kept", log)
    await kept.__anext__()
    return kept

survivor = run(main())
print("main done")
