# async with: __aenter__/__aexit__, exception suppression.
class Pause:
    def __await__(self):
        yield
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Pause()
        print("acquire", self.name)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        await Pause()
        print("release", self.name, typ.__name__ if typ else None, val)
        return self.suppress
async def main():
    async with Resource("a") as a, Resource("b") as b:
        print("using", a, b)
    async with Resource("quiet", suppress=True):
        raise KeyError("hidden")
    print("after suppressed")
    try:
        async with Resource("loud"):
            raise ValueError("visible")
    except ValueError as e:
        print("caught", e)
    return "ok"
def drive(c):
    n = 0
    while True:
        try:
            c.send(None)
            n += 1
        except StopIteration as e:
            return e.value, n
print(drive(main()))
class NotAsync:
    def __enter__(self): return self
    def __exit__(self, *a): pass
async def wrong():
    async with NotAsync():
        pass
try:
    drive(wrong())
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
