import threading, queue, time

q = queue.Queue()
results = []

def worker(n):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append((n, item * item))
        q.task_done()

threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for i in range(20):
    q.put(i)
for _ in threads:
    q.put(None)
q.join()
for t in threads:
    t.join()
print(sorted(r[1] for r in results))
print(threading.active_count())

ev = threading.Event()
out = []
def waiter():
    out.append('waiting')
    ev.wait()
    out.append('woke')
t = threading.Thread(target=waiter)
t.start()
time.sleep(0.01)
out.append('setting')
ev.set()
t.join()
print(out)

lock = threading.Lock()
count = 0
def inc():
    global count
    for _ in range(10000):
        with lock:
            count += 1
ts = [threading.Thread(target=inc) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(count)
print(lock.acquire(timeout=0.01), lock.acquire(timeout=0.01))
