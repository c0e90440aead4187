# A TextIOWrapper's readline that meets undecodable bytes in a later chunk raises, and the partial line it
# had gathered is gone (CPython's readline holds it in a local): the next readline starts after that chunk.
# read() keeps the text decoded before the failing read.
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "t.bin")
with open(path, "wb") as f:
    f.write(b"A\nB\r\nC\r")
    f.write(b"123456789\n" * 1000)
    f.write(b"\x80")

f = open(path, encoding="ascii")
print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
try:
    lines = list(f)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(repr(f.readline()), repr(f.readline()))
f.close()

f = open(path, encoding="ascii")
f.read(5)
try:
    f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.start, e.end)
print(repr(f.read(3)))
f.close()

f = open(path, encoding="utf-8")
n = 0
try:
    for line in f:
        n += 1
except UnicodeDecodeError as e:
    print(n, "lines, then UnicodeDecodeError", e.reason)
print(repr(f.readline()))
f.close()
os.remove(path)
os.rmdir(d)
