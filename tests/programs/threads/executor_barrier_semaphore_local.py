import threading, time
from concurrent.futures import ThreadPoolExecutor, as_completed

def sq(x):
    time.sleep(0.001 * (x % 3))
    return x * x

with ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(sq, i) for i in range(10)]
    print(sorted(f.result() for f in as_completed(futs)))
    print(list(ex.map(sq, range(5))))

b = threading.Barrier(3)
order = []
def bw(i):
    order.append(('before', i))
    b.wait()
    order.append(('after', i))
ts = [threading.Thread(target=bw, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(all(x[0] == 'before' for x in order[:3]), len(order))

sem = threading.Semaphore(2)
active = [0]; peak = [0]
def sw():
    with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        time.sleep(0.005)
        active[0] -= 1
ts = [threading.Thread(target=sw) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print('peak', peak[0])

loc = threading.local()
def lw(i):
    loc.x = i
    time.sleep(0.001)
    res.append(loc.x == i)
res = []
ts = [threading.Thread(target=lw, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(res)

def boom():
    raise ValueError('bad')
t = threading.Thread(target=boom, name='T-boom')
t.start(); t.join()
print('after boom')

tm = threading.Timer(0.01, lambda: print('timer fired'))
tm.start(); tm.join()

cond = threading.Condition()
items = []
def consumer():
    with cond:
        while not items:
            cond.wait()
        print('consumed', items.pop())
c = threading.Thread(target=consumer); c.start()
time.sleep(0.005)
with cond:
    items.append(42)
    cond.notify()
c.join()
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
t = threading.Thread(target=lambda: print(threading.current_thread().name), name='worker-x'); t.start(); t.join()
print(t.is_alive(), t.ident is not None, t.native_id is not None)

def daemon():
    while True:
        time.sleep(0.01)
d = threading.Thread(target=daemon, daemon=True); d.start()
def late():
    time.sleep(0.02)
    print('late done')
threading.Thread(target=late).start()
print('main end')
