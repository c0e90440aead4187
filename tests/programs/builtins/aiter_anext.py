# aiter() and anext() builtins driven without asyncio.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    for i in range(n):
        yield i * 10
class ACounter:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    it = aiter(agen(3))
    a = await anext(it)
    b = await anext(it)
    c = await anext(it)
    d = await anext(it, "default")
    ac = aiter(ACounter(2))
    e = [await anext(ac), await anext(ac), await anext(ac, None)]
    try:
        await anext(aiter(agen(0)))
    except StopAsyncIteration:
        f = "StopAsyncIteration"
    return a, b, c, d, e, f
print(run(main()))
for bad in [lambda: aiter([1]), lambda: anext([1]), lambda: anext(iter([1]))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
g = agen(1)
print(aiter(g) is g, type(anext(g)).__name__ if False else "anext returns an awaitable")
print(run(anext(agen(2))))
