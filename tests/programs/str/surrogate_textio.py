# io.TextIOWrapper reading bytes that decode to a high surrogate followed by a low one as two code
# points (surrogatepass): read, read(n), readline, iteration, newline modes, tell/seek, small buffers
# that split the pair between chunks.
import io, codecs
a, b = "\ud83d", "\ude00"
p = a + b
def show(k, f):
    try:
        r = f()
        print(k, ascii(r))
    except Exception as e:
        print(k, type(e).__name__, ascii(str(e)))
P8 = b"\xed\xa0\xbd\xed\xb8\x80"
def tw(data, enc='utf-8', err='surrogatepass', newline=None, bufsize=None):
    raw = io.BytesIO(data)
    buf = io.BufferedReader(raw, bufsize) if bufsize else raw
    return io.TextIOWrapper(buf, enc, err, newline=newline)
show('r1', lambda: tw(P8).read())
show('r2', lambda: tw(b"x" + P8 + b"\ny").readlines())
show('r3', lambda: tw(b"\x00\x00\xd8=\x00\x00\xde\x00", 'utf-32-be').read())
show('r4', lambda: list(tw(b"\xed\xa0\xbd\n\xed\xb8\x80")))
show('r5', lambda: (lambda t: [t.read(1), t.read(1), t.read(1), t.read()])(tw(b"q" + P8 * 3 + b"z")))
show('r6', lambda: (lambda t: [t.readline(), t.tell(), t.readline(2), t.readline(), t.readline()])(tw(P8 + b"\r\n" + P8 * 2 + b"\rz", newline='')))
show('r7', lambda: (lambda t: [t.read(2), t.tell(), t.read(), t.tell()])(tw(P8 * 2)))
show('r8', lambda: [tw(P8 * 50, bufsize=8).read(), tw(P8 * 50, bufsize=7).read()] == [p * 50] * 2)
show('r9', lambda: (lambda t: [t.readline() for _ in range(4)])(tw((P8 + b"\r\n") * 3, bufsize=5)))
show('r10', lambda: (lambda t: (t.readline(), t.newlines, t.read()))(tw(P8 + b"\r" + P8 + b"\r\n" + P8 + b"\n")))
show('r11', lambda: (lambda t: (t.read(1), t.seek(0), t.read(), t.seek(3), t.read()))(tw(P8 + b"x")))
show('r13', lambda: tw(b"\x3d\xd8\x00\xde\x3d\xd8", 'utf-16-le').read())
show('r14', lambda: tw(P8 + b"\xff", err='surrogateescape').read())
show('r15', lambda: (lambda t: [len(x) for x in t])(tw((b"a" + P8 + b"\n") * 100, bufsize=16)))
show('r16', lambda: tw(b"\xed\xa0\xbd" + b"\xed\xb8\x80" * 2 + b"\xed\xa0\xbd", bufsize=3).read())
