# atexit callbacks (run at exit, last registered first, failures reported), _thread locks, threading basics.
import atexit
import _thread
import threading

def bye(who, punct="!"):
    print("bye", who + punct)

atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
class Boom:
    def __call__(self):
        raise ValueError("in atexit")
    def __repr__(self):
        return "<Boom>"
atexit.register(Boom())
def removed():
    print("never")
atexit.register(removed)
atexit.unregister(removed)

lock = _thread.allocate_lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("in lock", lock.locked())
print(type(lock).__name__, _thread.get_ident() == threading.get_ident(), _thread.TIMEOUT_MAX > 0)
r = threading.RLock()
with r:
    with r:
        print("reentrant", r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
ev = threading.Event()
print(ev.is_set(), ev.wait(0))
ev.set()
print(ev.is_set(), ev.wait())
cond = threading.Condition()
with cond:
    print(cond.wait(0.01))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
local = threading.local()
local.x = 5
print(local.x)
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
try:
    t = threading.Thread(target=print, args=("thread",))
    t.start()
    t.join()
    print(t.is_alive())
except RuntimeError as e:
    print("RuntimeError:", e)
print("end of main")
