# Cancelling coroutines with throw(): cleanup runs, results reported.
class Cancelled(Exception):
    pass
class Step:
    def __await__(self):
        yield
async def long_task(name, n):
    done = 0
    try:
        for _ in range(n):
            await Step()
            done += 1
        return f"{name} completed {done}"
    except Cancelled:
        print(f"{name} cancelled after {done}")
        raise
    finally:
        print(f"{name} cleanup")
def run_with_deadline(coros, deadline):
    tasks = {name: c for name, c in coros}
    results = {}
    for tick in range(deadline):
        for name in list(tasks):
            try:
                tasks[name].send(None)
            except StopIteration as e:
                results[name] = e.value
                del tasks[name]
    for name, c in tasks.items():
        try:
            c.throw(Cancelled())
        except Cancelled:
            results[name] = "cancelled"
    return results
print(run_with_deadline([("fast", long_task("fast", 2)), ("slow", long_task("slow", 10)),
                         ("mid", long_task("mid", 4))], 4))
async def shielded():
    while True:
        try:
            await Step()
        except Cancelled:
            print("ignoring cancel once")
            return "finished anyway"
c = shielded()
c.send(None)
try:
    c.throw(Cancelled())
except StopIteration as e:
    print(e.value)
