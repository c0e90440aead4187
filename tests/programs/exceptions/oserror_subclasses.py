# OSError constructs the subclass matching errno; file errors in practice.
for errno in [2, 13, 17, 20, 21, 32, 11, 110, 111, 104, 1, 3, 10, 999]:
    e = OSError(errno, "message")
    print(errno, type(e).__name__)
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
try:
    open(".", "r")
except IsADirectoryError as e:
    print(type(e).__name__, e)
e = FileNotFoundError(2, "No such file", "a.txt", None, "b.txt")
print(repr(e.filename), repr(e.filename2), str(e))
e = PermissionError("custom")
print(e.errno, e, repr(e))
print(FileNotFoundError.__mro__[1].__name__, issubclass(BlockingIOError, OSError))
