# async for over asynchronous iterators and async generators.
class Tick:
    def __await__(self):
        yield "tick"
class ARange:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i - 1
async def agen(n):
    for i in range(n):
        await Tick()
        yield i * 10
async def main():
    out = []
    async for v in ARange(3):
        out.append(v)
    async for v in agen(3):
        out.append(v)
    async for v in ARange(5):
        if v == 1:
            continue
        if v == 3:
            break
        out.append(("loop", v))
    else:
        out.append("no else after break")
    async for v in ARange(0):
        pass
    else:
        out.append("else ran")
    comp = [v async for v in agen(4) if v % 20 == 0]
    out.append(comp)
    return out
def drive(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return ticks, e.value
print(drive(main()))
