# Async comprehensions inside coroutines driven by hand.
class Tick:
    def __await__(self):
        yield "tick"
async def agen(n):
    for i in range(n):
        await Tick()
        yield i
async def double(v):
    await Tick()
    return v * 2
async def main():
    a = [v async for v in agen(5)]
    b = [v async for v in agen(6) if v % 2]
    c = {v: v * v async for v in agen(3)}
    d = {v % 3 async for v in agen(7)}
    e = [await double(v) for v in range(4)]
    f = [await double(v) async for v in agen(3)]
    g = [[w async for w in agen(v)] async for v in agen(3)]
    return a, b, c, sorted(d), e, f, g
def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as ex:
            return ex.value, ticks
result, ticks = run(main())
for part in result:
    print(part)
print("ticks:", ticks)
async def gen_expr():
    ag = (v * 10 async for v in agen(3))
    return type(ag).__name__, [x async for x in ag]
print(run(gen_expr()))
