# BufferedRWPair.close() closes the writer, then the reader; a reader error carries the writer's as its context.
import io
class R(io.RawIOBase):
    def readable(self): return True
    def writable(self): return True
    def close(self): raise NameError(self.nm)
r = R(); r.nm = 'reader_non_existing'
w = R(); w.nm = 'writer_non_existing'
p = io.BufferedRWPair(r, w)
try:
    p.close()
except NameError as e:
    print(e, repr(e.__context__), e.__suppress_context__)
print(p.closed, r.closed, w.closed)
r.close = w.close = lambda: None
