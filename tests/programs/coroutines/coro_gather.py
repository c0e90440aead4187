# A hand-written gather(): interleave several coroutines and collect results.
class Yield:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag
async def job(name, steps, fail_at=None):
    acc = []
    for i in range(steps):
        if i == fail_at:
            raise RuntimeError(f"{name} failed at step {i}")
        await Yield(f"{name}:{i}")
        acc.append(i)
    return f"{name} -> {sum(acc)}"
def gather(*coros, return_exceptions=False):
    results = [None] * len(coros)
    pending = list(enumerate(coros))
    trace = []
    while pending:
        nxt = []
        for idx, c in pending:
            try:
                trace.append(c.send(None))
                nxt.append((idx, c))
            except StopIteration as e:
                results[idx] = e.value
            except Exception as e:
                if not return_exceptions:
                    for _, other in nxt + [p for p in pending if p[0] > idx]:
                        other.close()
                    raise
                results[idx] = e
        pending = nxt
    return results, trace
res, trace = gather(job("a", 3), job("b", 1), job("c", 4))
print(res)
print(trace)
res, _ = gather(job("x", 2), job("y", 3, fail_at=1), return_exceptions=True)
print([repr(r) for r in res])
try:
    gather(job("p", 2), job("q", 3, fail_at=2))
except RuntimeError as e:
    print("RuntimeError:", e)
