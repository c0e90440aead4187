def f(stream):
    async for x in stream:
        pass
