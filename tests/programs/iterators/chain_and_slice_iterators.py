# Implementing chain/islice/tee-like helpers with iterator protocol.
class Chain:
    def __init__(self, *iterables):
        self.sources = iter(iterables)
        self.current = iter(())
    def __iter__(self):
        return self
    def __next__(self):
        while True:
            try:
                return next(self.current)
            except StopIteration:
                self.current = iter(next(self.sources))
print(list(Chain("ab", [1, 2], (), range(3))))
def islice(it, start, stop, step=1):
    it = iter(it)
    for i in range(stop):
        try:
            v = next(it)
        except StopIteration:
            return
        if i >= start and (i - start) % step == 0:
            yield v
print(list(islice("abcdefghij", 2, 8, 2)), list(islice(range(3), 0, 10)))
def tee(it, n=2):
    it = iter(it)
    buffers = [[] for _ in range(n)]
    def gen(buf):
        while True:
            if not buf:
                try:
                    v = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(v)
            yield buf.pop(0)
    return [gen(b) for b in buffers]
a, b = tee(x * x for x in range(5))
print(next(a), next(a), list(b), list(a))
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for v in it:
        yield prev, v
        prev = v
print(list(pairwise("abcd")), list(pairwise([1])))
def batched(it, n):
    it = iter(it)
    while batch := tuple(islice(it, 0, n)):
        yield batch
print(list(batched(range(7), 3)))
