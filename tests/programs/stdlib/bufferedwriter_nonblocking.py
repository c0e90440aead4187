# A BufferedWriter over a raw stream that would block keeps what the raw stream did not take: write()
# buffers what fits and raises BlockingIOError(EAGAIN, ..., characters_written); flush() raises it with 0
# written and keeps the rest; a BufferedReader over a non-blocking pipe reads None when nothing is there.
import io, os


class NonBlockRaw(io.RawIOBase):
    def __init__(self):
        self.written = []
        self.blocker = None

    def writable(self):
        return True

    def write(self, b):
        b = bytes(b)
        if self.blocker is not None and self.blocker in b:
            n = b.index(self.blocker)
            if n > 0:
                self.written.append(b[:n])
                return n
            self.blocker = None
            return None
        self.written.append(b)
        return len(b)

    def pop(self):
        s = b''.join(self.written)
        self.written.clear()
        return s


raw = NonBlockRaw()
bw = io.BufferedWriter(raw, 8)
print(bw.write(b'abcd'), bw.write(b'efghi'), raw.written)
raw.blocker = b'k'
print(bw.write(b'jklmn'), raw.pop())
raw.blocker = b'0'
try:
    bw.write(b'opqrwxyz0123456789')
except BlockingIOError as e:
    print('blocked', e.args, e.characters_written, e.errno)
print(raw.pop())
print(bw.write(b'ABCDEFGHI'), raw.pop())
bw.flush()
print(raw.pop())

# flush() against a full stream: nothing lost
raw = NonBlockRaw()
bw = io.BufferedWriter(raw, 16)
bw.write(b'12345X789')
raw.blocker = b'X'
try:
    bw.flush()
except BlockingIOError as e:
    print('flush blocked', e.args, e.characters_written)
print(raw.pop())
bw.flush()
print(raw.pop())

# A raw write error keeps the data too.
class Failing(NonBlockRaw):
    fail = True
    def write(self, b):
        if self.fail:
            self.fail = False
            raise OSError('disk hiccup')
        return super().write(b)

raw = Failing()
bw = io.BufferedWriter(raw, 4)
bw.write(b'xy')
try:
    bw.flush()
except OSError as e:
    print('error', e)
bw.flush()
print(raw.pop())

# A real non-blocking pipe.
r, w = os.pipe()
os.set_blocking(r, False)
os.set_blocking(w, False)
rf = open(r, 'rb', buffering=1024)
wf = open(w, 'wb', buffering=1024)
print(rf.read(), rf.read(10))
wf.write(b'abc')
wf.flush()
print(rf.read())
sent = 0
try:
    while True:
        wf.write(b'x' * 1000)
        sent += 1000
except BlockingIOError as e:
    print('pipe full', e.args[0], e.args[1], e.args[2] == e.characters_written)
    sent += e.characters_written
got = 0
while (d := rf.read()) is not None:
    got += len(d)
while True:
    try:
        wf.flush()
        break
    except BlockingIOError as e:
        print('flush blocked', e.characters_written)
        got += len(rf.read() or b'')
got += len(rf.read() or b'')
print(sent == got, sent > 60000)
wf.close()
rf.close()
