# BufferedRWPair.close(): the writer half closes, then the reader half with its own (raw) flush, not the pair's
# flush of the writer already closed.
import io
class Raw(io.RawIOBase):
    def __init__(self): self.data = b''
    def readable(self): return True
    def writable(self): return True
    def write(self, b): self.data += bytes(b); return len(b)
    def readinto(self, b): return 0
p = io.BufferedRWPair(Raw(), Raw())
with p:
    print(p.write(b'abc'))
    p.writelines((b'de',))
print(p.closed)
try:
    p.flush()
except ValueError as e:
    print("VE", e)
p2 = io.BufferedRWPair(Raw(), Raw())
p2.close(); p2.close()
print(p2.closed)
