# os.pipe() keeps working after every process of this process's tree has been killed from outside (a
# program cleaning up its children): each pipe still carries its data, then end of file.
import os
import signal


def descendants(pid):
    try:
        with open(f'/proc/{pid}/task/{pid}/children') as f:
            kids = [int(x) for x in f.read().split()]
    except OSError:
        return []
    out = []
    for k in kids:
        out += [k] + descendants(k)
    return out


for round in range(2):
    r, w = os.pipe()
    os.close(r)
    os.close(w)
    for pid in descendants(os.getpid()):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    for i in range(12):
        r, w = os.pipe()
        os.write(w, b'%d' % i)
        os.close(w)
        print(os.read(r, 10), os.read(r, 10), end=' ')
        os.close(r)
    print()
