# await inside expressions, comprehensions and conditionals.
class Val:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield ("fetch", self.v)
        return self.v
async def double(v):
    return (await Val(v)) * 2
async def main():
    a = await Val(1) + await Val(2)
    b = [await double(i) for i in range(3)]
    c = {k: await Val(k * k) for k in range(3)}
    d = await double(5) if await Val(True) else None
    e = f"{await Val('fmt')}-{await double(4)}"
    f = (await Val(3)) ** 2
    g = [x for x in [await Val(9), await Val(8)]]
    return a, b, c, d, e, f, g
def drive(c):
    log = []
    val = None
    while True:
        try:
            req = c.send(val)
            log.append(req[1])
            val = None
        except StopIteration as e:
            return e.value, log
res, log = drive(main())
print(res)
print(log)
