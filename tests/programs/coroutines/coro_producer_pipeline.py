# A pipeline of async generators transformed by hand-driven coroutines.
class Step:
    def __await__(self):
        yield "step"
async def numbers(n):
    for i in range(1, n + 1):
        await Step()
        yield i
async def squares(source):
    async for v in source:
        yield v * v
async def only_odd(source):
    async for v in source:
        if v % 2:
            yield v
async def take(source, n):
    out = []
    async for v in source:
        out.append(v)
        if len(out) == n:
            break
    return out
async def total(source):
    s = 0
    async for v in source:
        s += v
    return s
def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps
print(run(take(only_odd(squares(numbers(20))), 4)))
print(run(total(squares(numbers(10)))))
print(run(total(only_odd(numbers(0)))))
async def failing(source):
    async for v in source:
        if v == 3:
            raise ValueError(f"bad value {v}")
        yield v
async def safe():
    got = []
    try:
        async for v in failing(numbers(5)):
            got.append(v)
    except ValueError as e:
        return got, str(e)
print(run(safe()))
