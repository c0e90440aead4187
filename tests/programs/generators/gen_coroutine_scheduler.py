# Round-robin scheduler driving generator tasks.
from_queue = []
def task(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        yield
    return f"{name} finished after {n}"
def run(tasks):
    queue = list(tasks)
    results = []
    tick = 0
    while queue:
        t = queue.pop(0)
        tick += 1
        try:
            next(t)
            queue.append(t)
        except StopIteration as e:
            results.append((tick, e.value))
    return results
for r in run([task("A", 3), task("B", 1), task("C", 2)]):
    print(r)
def producer(q, items):
    for it in items:
        q.append(it)
        print("produced", it)
        yield
def consumer(q, expected):
    got = 0
    while got < expected:
        while not q:
            yield
        print("consumed", q.pop(0))
        got += 1
q = []
print(run([consumer(q, 3), producer(q, ["x", "y", "z"])]))
