# asyncio.Queue (FIFO, priority, LIFO, bounded, join), Lock, Event, Semaphore, BoundedSemaphore,
# Condition and Barrier, scheduled by events only.
import asyncio

async def producer(q, items, log):
    for it in items:
        await q.put(it)
        log.append(f"put {it}")
    await q.put(None)

async def consumer(q, log):
    out = []
    while (it := await q.get()) is not None:
        log.append(f"got {it}")
        out.append(it)
        q.task_done()
    q.task_done()
    return out

async def queues():
    log = []
    q = asyncio.Queue(maxsize=2)
    print(q, q.maxsize, q.empty(), q.full())
    res = await asyncio.gather(producer(q, range(5), log), consumer(q, log))
    print(res[1])
    print(log)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull", q.qsize(), q.full())
    pq = asyncio.PriorityQueue()
    for x in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print([await lq.get() for _ in range(3)])
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(repr(q).split(" at ")[0].startswith("<Queue"), "_getters[1]" in repr(q))
    q.put_nowait("late")
    print(await getter)
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

async def locks():
    lock = asyncio.Lock()
    log = []
    async def worker(n):
        async with lock:
            log.append(f"enter {n}")
            await asyncio.sleep(0)
            log.append(f"leave {n}")
    await asyncio.gather(*(worker(i) for i in range(3)))
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    ev = asyncio.Event()
    async def waiter(n):
        await ev.wait()
        return n
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), [w.done() for w in ws])
    ev.set()
    print(await asyncio.gather(*ws), ev.is_set())
    ev.clear()
    print(ev.is_set())

    sem = asyncio.Semaphore(2)
    active = []
    peak = []
    async def limited(n):
        async with sem:
            active.append(n)
            peak.append(len(active))
            await asyncio.sleep(0)
            active.remove(n)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print(max(peak), sem.locked())
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    state = []
    async def cwait(n):
        async with cond:
            await cond.wait_for(lambda: state)
            return (n, state[0])
    ws = [asyncio.create_task(cwait(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        state.append("go")
        cond.notify(1)
    await asyncio.sleep(0)
    print([w.done() for w in ws])
    async with cond:
        cond.notify_all()
    print(await asyncio.gather(*ws))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    barrier = asyncio.Barrier(3)
    async def at_barrier(n):
        pos = await barrier.wait()
        return pos
    print(sorted(await asyncio.gather(*(at_barrier(i) for i in range(3)))), barrier.n_waiting)

asyncio.run(queues())
asyncio.run(locks())
