# select.poll: event masks are C unsigned shorts (ValueError when negative, OverflowError past 0xffff); a
# negative timeout, even -0.1 or -1e-100 ms (rounded away from zero), waits for an event; poll() from a
# second thread while one waits is refused.
import os
import select
import threading

p = select.poll()
for args in ((0, -1), (0, 1 << 16), (0, 1 << 64)):
    try:
        p.register(*args)
    except (ValueError, OverflowError) as e:
        print('register', args, type(e).__name__, e)
p.register(0, 1 << 15)
for args in ((0, -1), (0, 1 << 16)):
    try:
        p.modify(*args)
    except (ValueError, OverflowError) as e:
        print('modify', args, type(e).__name__, e)

for timeout in (None, -1000, -1, -1.0, -0.1, -1e-100):
    r, w = os.pipe()
    p = select.poll()
    p.register(r, select.POLLIN)
    t = threading.Thread(target=p.poll, args=(timeout,))
    t.start()
    t.join(0.05)
    waiting = t.is_alive()
    if timeout is None:
        try:
            p.poll()
        except RuntimeError as e:
            print('second poll:', e)
    os.write(w, b'x')
    t.join()
    print(timeout, 'waited' if waiting else 'returned at once')
    os.close(r)
    os.close(w)
