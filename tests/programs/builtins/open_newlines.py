# Newline translation in text mode: newline=None, "", "\n", "\r\n".
import os
NAME = "tmp_open_newlines.txt"
raw = b"unix\nwindows\r\nmac\rend"
with open(NAME, "wb") as f:
    f.write(raw)
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(NAME, encoding="ascii", newline=nl) as f:
        print(repr(nl), repr(f.read()))
    with open(NAME, encoding="ascii", newline=nl) as f:
        print(repr(nl), f.readlines())
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(NAME, "w", encoding="ascii", newline=nl) as f:
        f.write("a\nb\r\nc\r")
    with open(NAME, "rb") as f:
        print("write", repr(nl), f.read())
with open(NAME, encoding="ascii") as f:
    f.read()
    print(repr(f.newlines))
try:
    open(NAME, newline="x")
except ValueError as e:
    print("ValueError:", e)
os.remove(NAME)
print("done")
