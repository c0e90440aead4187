# os.pipe within one process, its descriptors, blocking modes and file objects over them.
import io
import os
import stat

r, w = os.pipe()
print(stat.S_ISFIFO(os.fstat(r).st_mode), stat.S_ISFIFO(os.fstat(w).st_mode))
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r), os.get_blocking(w))
print(os.write(w, b'hello '), os.write(w, b'pipe'))
print(os.read(r, 3), os.read(r, 100))
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print('BlockingIOError', e.errno)
os.set_blocking(r, True)
os.write(w, b'last')
os.close(w)
print(os.read(r, 100), os.read(r, 100), os.read(r, 100))
os.close(r)
try:
    os.read(r, 1)
except OSError as e:
    print(type(e).__name__, e.errno)

# A write end whose reader is gone.
r, w = os.pipe()
os.close(r)
try:
    os.write(w, b'x')
except BrokenPipeError as e:
    print('BrokenPipeError', e.errno)
os.close(w)

# File objects on the descriptors.
r, w = os.pipe()
with io.open(w, 'w') as fw:
    fw.write('line one\nline two\n')
with io.open(r) as fr:
    print(fr.readlines())

r, w = os.pipe()
fw = os.fdopen(w, 'wb', buffering=0)
fr = os.fdopen(r, 'rb')
fw.write(b'abc' * 10000)
fw.close()
data = fr.read()
print(len(data), data[:6])
fr.close()

# More than a pipe holds in one process: written in pieces, read back in order.
r, w = os.pipe()
os.write(w, bytes(range(256)) * 100)
got = b''
while len(got) < 25600:
    got += os.read(r, 4096)
print(got == bytes(range(256)) * 100)
os.close(r)
os.close(w)

r, w = os.pipe2(os.O_NONBLOCK)
print(os.get_blocking(r), os.get_blocking(w))
try:
    os.read(r, 1)
except BlockingIOError:
    print('nonblocking read: BlockingIOError')
os.close(r)
os.close(w)

# FileIO over a non-blocking pipe: None when nothing is there yet.
r, w = os.pipe()
os.set_blocking(r, False)
f = open(r, 'rb', buffering=0)
print(f.read(10), f.read(), f.readinto(bytearray(4)))
os.write(w, b'now')
print(f.read())
os.close(w)
print(f.read())
f.close()

# dup and dup2 of pipe ends.
r, w = os.pipe()
w2 = os.dup(w)
print(os.get_inheritable(w2))
os.write(w2, b'via dup, ')
os.close(w2)
os.write(w, b'then the original')
os.close(w)
print(os.read(r, 100), os.read(r, 100))
os.close(r)
