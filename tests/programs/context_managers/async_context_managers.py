# async with in a coroutine driven by hand.
class ALock:
    def __init__(self, name):
        self.name = name
        self.held = False
    async def __aenter__(self):
        print("acquire", self.name)
        self.held = True
        return self
    async def __aexit__(self, typ, val, tb):
        print("release", self.name, typ.__name__ if typ else None)
        self.held = False
        return typ is KeyError
async def work():
    a, b = ALock("a"), ALock("b")
    async with a, b:
        print("both held:", a.held, b.held)
    async with a:
        raise KeyError("suppressed by __aexit__")
    try:
        async with b:
            raise ValueError("not suppressed")
    except ValueError as e:
        print("caught", e)
    return "done", a.held, b.held
c = work()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
