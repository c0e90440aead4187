# File objects nobody holds: a subclass's __del__ reaches _IOBase.__del__ (close, with the ResourceWarning of an
# owned descriptor), a writer left open is flushed and closed by gc.collect(), and a loop opening files
# without closing them does not run out of descriptors.
import io, gc, os, warnings, tempfile
d = tempfile.mkdtemp()
TESTFN = os.path.join(d, 'f')
record = []
class MyFileIO(io.FileIO):
    def __del__(self):
        record.append(1)
        try:
            f = super().__del__
        except AttributeError:
            pass
        else:
            f()
    def close(self):
        record.append(2)
        super().close()
    def flush(self):
        record.append(3)
        super().flush()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    f = MyFileIO(TESTFN, "wb")
    f.write(b"xxx")
    del f
    gc.collect()
    print(record, [str(x.message).split(' name=')[0] for x in w], [x.category.__name__ for x in w])
with open(TESTFN, "rb") as f:
    print(f.read())
print(io.FileIO.__del__, io.BufferedWriter.__del__ is io.IOBase.__del__ if hasattr(io.IOBase, '__del__') else None)
# A file object left open is flushed and closed once collected.
def write_and_drop():
    f = open(TESTFN, 'w')
    f.write('hello')
write_and_drop()
gc.collect()
print(open(TESTFN).read())
os.unlink(TESTFN); os.rmdir(d)
import resource
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
try:
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(256, hard), hard))
except OSError:
    pass  # (Typhon sets limits through prlimit(1): without it, the loop runs at the usual limit)
n = 0
for i in range(2000):
    n += len(open(__file__).read())
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(n == 2000 * len(open(__file__).read()))
