async def f():
    a, await b = 1, 2
