# os.utime keeps the microseconds of the times given (Node's utime keeps whole microseconds: nanoseconds are lost).
import os, tempfile
fd, name = tempfile.mkstemp()
os.close(fd)
for ns in (4005006000, 1700000000123456789, 1, 999, 1000, 0):
    os.utime(name, ns=(ns, ns))
    st = os.stat(name)
    print(ns, st.st_mtime_ns // 1000, abs(st.st_mtime - ns * 1e-9) < 1e-6)
for t in (4.005006, 1700000000.123456, 0.5):
    os.utime(name, (t, t))
    st = os.stat(name)
    print(t, st.st_mtime_ns // 1000)
os.unlink(name)
