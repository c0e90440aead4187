# os.closerange over every descriptor closes the program's own (pipes, files) and leaves the interpreter running
# (node's own event-loop descriptors must survive it).
import os
r, w = os.pipe()
f = os.open('/dev/null', os.O_RDONLY)
os.closerange(3, 1 << 20)
for fd in (r, w, f):
    try:
        os.fstat(fd)
        print(fd, 'open')
    except OSError as e:
        print('closed', e.errno)
print(open(__file__).read(10))
