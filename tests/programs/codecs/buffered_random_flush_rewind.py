# BufferedRandom.flush() drops the read-ahead (buffered_flush_and_rewind): data the raw stream got behind the
# buffer's back is read after a seek, whichever of read/readinto/peek filled the buffer.
import io
def _readinto(bufio, n=-1):
    b = bytearray(n if n >= 0 else 9999)
    n = bufio.readinto(b)
    return bytes(b[:n])
def _peek(bufio, n=-1):
    b = bufio.peek(n)
    if n != -1:
        b = b[:n]
    bufio.seek(len(b), 1)
    return b
for f in (lambda b, *a: b.read(*a), _readinto, _peek):
    raw = io.BytesIO(b"abcdefghi")
    bufio = io.BufferedRandom(raw)
    r = [f(bufio, 2)]
    bufio.write(b"12")
    r.append(f(bufio, 2)); r.append(bufio.tell()); bufio.flush(); r.append(bufio.tell())
    r.append(f(bufio))
    raw.seek(0, 0); raw.write(b"XYZ"); bufio.flush(); bufio.seek(0, 0)
    r.append(f(bufio, 3))
    print(r, raw.getvalue())
