# A NUL in a file name, str or bytes, is refused before the open (PyUnicode_FSConverter), by FileIO and open().
import _io

for name in ("foo\0bar", b"foo\0bar"):
    for opener in (_io.FileIO, open):
        try:
            opener(name, "w")
        except ValueError as e:
            print(opener.__name__, type(name).__name__, "ValueError", e)
