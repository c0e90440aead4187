# _queue.SimpleQueue: get() blocks its thread until another thread puts, with timeouts and errors as CPython's.
import _queue, queue, threading, time
print(queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty)
print(_queue.Empty.__mro__, _queue.Empty.__module__, _queue.SimpleQueue[int])
q = _queue.SimpleQueue()
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
try:
    q.get(False)
except _queue.Empty as e:
    print('empty', repr(e))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('timed out')
print(q.put(1, block=False, timeout=3), q.qsize(), q.empty(), q.get_nowait(), q.empty())
try:
    _queue.SimpleQueue(1)
except TypeError as e:
    print(e)

def producer():
    for i in range(5):
        time.sleep(0.002)
        q.put(i)
    q.put(None)
t = threading.Thread(target=producer)
t.start()
got = []
while (item := q.get()) is not None:
    got.append(item)
t.join()
print(got)
for i in range(3000):
    q.put(i)
print(sum(q.get() for _ in range(3000)), q.qsize())
