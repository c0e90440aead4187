# signal.set_wakeup_fd: the descriptor must be non-blocking (a socket with a timeout is), the previous one is
# returned, and a caught signal writes its number there (asyncio's add_signal_handler depends on it). A wait
# in select/poll is interrupted by a signal whose handler raises. strsignal gives glibc's descriptions.
import asyncio
import os
import select
import signal
import socket
import time

print([signal.strsignal(n) for n in (1, 2, 9, 15, 17, 31, 32, 34, 40)])
a, b = socket.socketpair()
print(os.get_blocking(a.fileno()))
try:
    signal.set_wakeup_fd(a.fileno())
except ValueError as e:
    print('ValueError:', str(e).replace(str(a.fileno()), 'N'))
a.settimeout(2.5)
print(os.get_blocking(a.fileno()))
a.setblocking(False)
b.setblocking(False)
print(signal.set_wakeup_fd(b.fileno()), signal.set_wakeup_fd(b.fileno(), warn_on_full_buffer=False) == b.fileno())
signal.signal(signal.SIGUSR1, lambda *args: print('handler'))
os.kill(os.getpid(), signal.SIGUSR1)
r, _, _ = select.select([a], [], [], 5)
print('woken:', r == [a], a.recv(10) == bytes([signal.SIGUSR1]))
print(signal.set_wakeup_fd(-1) == b.fileno())
for bad in (10**10, 'x'):
    try:
        signal.set_wakeup_fd(bad)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__)
fd = os.open(os.devnull, os.O_RDONLY)
os.close(fd)
try:
    signal.set_wakeup_fd(fd)
except OSError as e:
    print('OSError', e.errno)


class Interrupted(Exception):
    pass


def raising(*args):
    raise Interrupted


signal.signal(signal.SIGALRM, raising)
for wait in (lambda: select.select([a], [], [], 10), lambda: time.sleep(10)):
    signal.setitimer(signal.ITIMER_REAL, 0.2)
    t = time.monotonic()
    try:
        wait()
    except Interrupted:
        print('interrupted', time.monotonic() - t < 5)
p = select.poll()
p.register(a, select.POLLIN)
signal.setitimer(signal.ITIMER_REAL, 0.2)
try:
    p.poll(10000)
except Interrupted:
    print('poll interrupted')


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.add_signal_handler(signal.SIGUSR2, lambda: fut.set_result('got SIGUSR2'))
    loop.call_later(0.05, os.kill, os.getpid(), signal.SIGUSR2)
    print(await asyncio.wait_for(fut, 5))

asyncio.run(main())
