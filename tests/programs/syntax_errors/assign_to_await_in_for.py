async def f(items):
    for await x in items:
        pass
