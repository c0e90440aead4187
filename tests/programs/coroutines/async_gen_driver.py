# A tiny event loop running async generators that await, with async for, comprehensions, aiter/anext.
import sys

class Sleep:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield ("sleep", self.label)
        return got

def run(coro):
    trace = []
    value = None
    try:
        while True:
            request = coro.send(value)
            trace.append(request[1])
            value = request[1].upper()
    except StopIteration as e:
        return e.value, trace

async def ticker(n):
    for i in range(n):
        woke = await Sleep(f"t{i}")
        yield i, woke

async def squares(source):
    async for i, woke in source:
        yield i * i

async def main():
    out = []
    async for v in squares(ticker(3)):
        out.append(v)
    comp = [x async for x in squares(ticker(4)) if x % 2 == 0]
    nested = [[y async for y in ticker(2)] for _ in range(1)]
    it = aiter(ticker(2))
    first = await anext(it)
    second = await anext(it)
    third = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        fourth = "StopAsyncIteration"
    gen_set = {x async for x in squares(ticker(3))}
    gen_dict = {x: x + 1 async for x in squares(ticker(2))}
    return out, comp, nested, first, second, third, fourth, sorted(gen_set), gen_dict

print(run(main()))

async def early_exit():
    agen = ticker(10)
    async for i, _ in agen:
        if i == 1:
            break
    await agen.aclose()
    return "broke at 1", agen.ag_frame

print(run(early_exit()))

async def aiter_errors():
    msgs = []
    for bad in [1, [1, 2]]:
        try:
            aiter(bad)
        except TypeError as e:
            msgs.append(str(e))
    class BadAiter:
        def __aiter__(self):
            return 42
    try:
        aiter(BadAiter())
    except TypeError as e:
        msgs.append(str(e))
    try:
        await anext(iter([1]))
    except TypeError as e:
        msgs.append(str(e))
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        msgs.append(str(e))
    return msgs

print(run(aiter_errors()))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Sleep(f"cd{self.n}")
        return self.n

async def use_class():
    return [x async for x in Countdown(3)], await anext(Countdown(1)), await anext(Countdown(0), "empty")

print(run(use_class()))
