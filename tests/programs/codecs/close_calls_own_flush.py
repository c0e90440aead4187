# close() calls the stream's own flush (an instance attribute or a subclass's override), then closes: a failing
# flush still closes the file and its error propagates.
import io, os, tempfile
p = os.path.join(tempfile.mkdtemp(), "f.txt")
for kw in [dict(mode='w', encoding='utf-8'), dict(mode='wb'), dict(mode='wb', buffering=0)]:
    f = open(p, **kw)
    closed = []
    def bad_flush():
        closed[:] = [f.closed]
        raise OSError("flush failed")
    f.flush = bad_flush
    try:
        f.close()
    except OSError as e:
        print(kw, "OSError", e, f.closed, closed)
class T(io.TextIOWrapper):
    def flush(self):
        print("subclass flush")
        super().flush()
t = T(io.BytesIO())
t.write("x")
t.close()
print(t.closed)
