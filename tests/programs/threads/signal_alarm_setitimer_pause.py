import signal, time, _thread
def h(s, f):
    raise KeyboardInterrupt
signal.signal(signal.SIGALRM, h)
lock = _thread.allocate_lock(); lock.acquire()
signal.setitimer(signal.ITIMER_REAL, 0.05)
t = time.monotonic()
try:
    lock.acquire(timeout=5)
except KeyboardInterrupt:
    print('interrupted', time.monotonic() - t < 1)
got = []
signal.signal(signal.SIGALRM, lambda s, f: got.append(s))
print(signal.alarm(1), signal.alarm(0))
signal.setitimer(signal.ITIMER_REAL, 0.02)
signal.pause()
print(got)
print(signal.getitimer(signal.ITIMER_REAL))
