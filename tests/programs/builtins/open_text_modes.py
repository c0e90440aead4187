# open() in text mode: write, read, append, readline(s), iteration, seek/tell.
import os
NAME = "tmp_open_text_modes.txt"
with open(NAME, "w", encoding="utf-8") as f:
    n = f.write("first line\n")
    f.write("second line\nthird")
    f.writelines(["\n", "fourth ", "line\n"])
    print(n, f.writable(), f.readable(), f.mode, f.encoding)
with open(NAME, encoding="utf-8") as f:
    print(repr(f.read()))
with open(NAME, encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(NAME, "a", encoding="utf-8") as f:
    f.write("appended\n")
with open(NAME, encoding="utf-8") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(NAME, "r+", encoding="utf-8") as f:
    print(f.read(5), f.tell())
    f.seek(0)
    f.write("FIRST")
    f.seek(0)
    print(repr(f.readline()))
with open(NAME, "x" if False else "w", encoding="utf-8") as f:
    f.write("")
with open(NAME, encoding="utf-8") as f:
    print(repr(f.read()), f.closed)
print(f.closed)
try:
    open(NAME, "x")
except FileExistsError as e:
    print("FileExistsError:", e.strerror)
try:
    open(NAME, "rw")
except ValueError as e:
    print("ValueError:", e)
try:
    with open(NAME, "w") as f:
        f.read()
except OSError as e:
    print(type(e).__name__ + ":", e)
os.remove(NAME)
print(os.path.exists(NAME))
