async def f(g):
    await g = 1
