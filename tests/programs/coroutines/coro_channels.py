# Producer/consumer coroutines communicating through a channel object.
class Channel:
    def __init__(self):
        self.items = []
        self.closed = False
    def put(self, v):
        self.items.append(v)
    def get(self):
        ch = self
        class Get:
            def __await__(self):
                while not ch.items:
                    if ch.closed:
                        return None
                    yield "blocked"
                return ch.items.pop(0)
        return Get()
class Yield:
    def __await__(self):
        yield "yield"
async def producer(ch, n):
    for i in range(n):
        ch.put(i * i)
        print("put", i * i)
        await Yield()
    ch.closed = True
    return "producer done"
async def consumer(ch, name):
    got = []
    while True:
        v = await ch.get()
        if v is None:
            break
        print(name, "got", v)
        got.append(v)
    return got
def run(*coros):
    coros = list(coros)
    results = {}
    steps = 0
    while coros:
        for c in list(coros):
            steps += 1
            try:
                c.send(None)
            except StopIteration as e:
                results[c.__name__] = e.value
                coros.remove(c)
    return results, steps
ch = Channel()
print(run(consumer(ch, "c1"), producer(ch, 5)))
