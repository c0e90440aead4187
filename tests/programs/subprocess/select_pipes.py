# select and poll on pipes: readiness for reading, end of file, writers without readers, timeouts.
import os
import select
import selectors
import subprocess

r, w = os.pipe()
names = {r: 'r', w: 'w'}
def show(x):
    if isinstance(x, tuple) and len(x) == 3:
        return tuple([names[fd] for fd in l] for l in x)
    return sorted((names[fd], ev) for fd, ev in x)
print(show(select.select([r], [w], [], 0)))
p = select.poll()
p.register(r, select.POLLIN)
p.register(w, select.POLLOUT)
print(show(p.poll(0)))
os.write(w, b'data')
print(show(select.select([r], [], [], 0)))
print(show(p.poll(0)))
os.close(w)
p.unregister(w)
print(show(p.poll(0)))
print(os.read(r, 100))
print(show(p.poll(0)), show(select.select([r], [], [], 0)))
print(os.read(r, 100))
os.close(r)

r, w = os.pipe()
names = {w: 'w'}
os.close(r)
p = select.poll()
p.register(w, select.POLLOUT)
print(show(p.poll(0)))
print(show(select.select([], [w], [], 0)))
os.close(w)

# Nothing comes: the timeout runs out.
r, w = os.pipe()
print(select.select([r], [], [], 0.05), select.poll().poll(10))
p = select.poll()
p.register(r)
print(p.poll(50))
os.close(r)
os.close(w)

# A child makes the pipe ready later.
with subprocess.Popen(['sh', '-c', 'sleep 0.1; printf ready'], stdout=subprocess.PIPE) as proc:
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    print([(k.fileobj is proc.stdout, ev) for k, ev in sel.select(5)])
    print(proc.stdout.read())
    sel.close()

# A fileno() that shortens the list being walked shortens the walk (seq2set reads the length each time).
a = []


class F:
    def fileno(self):
        del a[-1]
        return w2


r2, w2 = os.pipe()
a[:] = [F()] * 10
print(len(select.select([], a, [], 0)[1]), len(a))
os.close(r2)
os.close(w2)
