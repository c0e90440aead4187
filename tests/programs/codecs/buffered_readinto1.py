# Buffered readinto1: what the buffer holds, then at most one raw read (into the caller's buffer when it
# is bigger than the internal one), counted by the raw stream's reads.
import io
class Mock(io.RawIOBase):
    def __init__(self, chunks): self.chunks = list(chunks); self.reads = 0
    def readable(self): return True
    def readinto(self, b):
        self.reads += 1
        if not self.chunks: return 0
        c = self.chunks.pop(0)
        b[:len(c)] = c
        return len(c)
for tp in (io.BufferedReader, io.BufferedRandom):
    if tp is io.BufferedRandom:
        class M2(Mock):
            def writable(self): return True
            def seekable(self): return True
            def tell(self): return 0
            def seek(self, *a): return 0
        raw = M2((b"abc", b"de", b"fgh", b"jkl"))
    else:
        raw = Mock((b"abc", b"de", b"fgh", b"jkl"))
    bufio = tp(raw, buffer_size=10)
    b = bytearray(2)
    out = [bufio.peek(3), raw.reads, bufio.readinto1(b), bytes(b), raw.reads, bufio.readinto1(b), bytes(b[:1]), raw.reads,
           bufio.readinto1(b), bytes(b), raw.reads]
    b = bytearray(20)
    out += [bufio.peek(3), raw.reads, bufio.readinto1(b), bytes(b[:6]), raw.reads]
    b = bytearray(40)
    out += [bufio.readinto1(b), bufio.readinto1(b), raw.reads]
    print(tp.__name__, out)
