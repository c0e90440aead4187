# Reads of an empty pipe wait for the thread that writes it: os.read, and files over the pipe (buffered,
# text, unbuffered; read, readline, iteration), as on CPython where the reader blocks in read(2).
import os
import threading
import time


def later(fd, chunks, close=True, delay=0.02):
    def run():
        for c in chunks:
            time.sleep(delay)
            os.write(fd, c)
        if close:
            os.close(fd)
    t = threading.Thread(target=run)
    t.start()
    return t


r, w = os.pipe()
t = later(w, [b'hi'], close=False)
print(os.read(r, 10))
t.join()

f = os.fdopen(r, 'rb')
t = later(w, [b'line one\n', b'line ', b'two\n', b'tail'])
print(f.readline(), f.readline(), f.read())
t.join()
f.close()

r, w = os.pipe()
t = later(w, [b'alpha\n', b'beta\n', b'gamma\n'])
with open(r, encoding='utf-8') as f:
    print([line for line in f])
t.join()

r, w = os.pipe()
t = later(w, [b'abc', b'def'])
with open(r, 'rb', buffering=0) as f:
    got = []
    while True:
        b = f.read(100)
        if not b:
            break
        got.append(b)
    print(b''.join(got))
t.join()

# Two readers in threads, each waiting for its own pipe, fed by the main thread.
pipes = [os.pipe() for _ in range(2)]
out = {}


def reader(i, fd):
    with open(fd, 'rb') as f:
        out[i] = f.read()


readers = [threading.Thread(target=reader, args=(i, r)) for i, (r, _) in enumerate(pipes)]
for th in readers:
    th.start()
for i, (_, w) in enumerate(pipes):
    time.sleep(0.01)
    os.write(w, b'to reader %d' % i)
    os.close(w)
for th in readers:
    th.join()
print(sorted(out.items()))
