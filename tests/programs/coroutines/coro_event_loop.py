# A tiny event loop with sleep and task results, no asyncio.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)
class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.waiting = []
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        while self.ready or self.waiting:
            if not self.ready:
                self.waiting.sort(key=lambda w: (w[0], w[1]))
                wake, _, name, coro = self.waiting.pop(0)
                self.now = wake
                self.ready.append((name, coro))
                continue
            name, coro = self.ready.pop(0)
            try:
                cmd, arg = coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"t={self.now} {name} done -> {e.value}")
                continue
            if cmd == "sleep":
                self.waiting.append((self.now + arg, len(self.waiting) + self.now * 100, name, coro))
loop = Loop()
async def worker(name, delays):
    total = 0
    for d in delays:
        print(f"t={loop.now} {name} sleeps {d}")
        await Sleep(d)
        total += d
    return total
loop.spawn("a", worker("a", [3, 1]))
loop.spawn("b", worker("b", [1, 1, 1]))
loop.spawn("c", worker("c", [5]))
loop.run()
print(sorted(loop.results.items()), loop.now)
