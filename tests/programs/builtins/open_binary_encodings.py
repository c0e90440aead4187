# open() in binary mode and with utf-8 / latin-1 / ascii encodings.
import os
NAME = "tmp_open_binary.bin"
with open(NAME, "wb") as f:
    print(f.write(b"\x00\x01\xff binary\n"), f.write(bytearray(b"more")), f.mode)
with open(NAME, "rb") as f:
    data = f.read()
    print(data, len(data), type(data).__name__)
    f.seek(2)
    print(f.read(3), f.tell())
    f.seek(-4, 2)
    print(f.read())
with open(NAME, "ab") as f:
    f.write(b"!")
with open(NAME, "rb") as f:
    print(f.readline(), f.readlines())
text = "naïve café ☕"
for enc in ["utf-8", "latin-1", "ascii"]:
    try:
        with open(NAME, "w", encoding=enc) as f:
            f.write(text)
        with open(NAME, "rb") as f:
            print(enc, f.read())
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e)
with open(NAME, "w", encoding="latin-1", errors="replace") as f:
    f.write(text)
with open(NAME, encoding="latin-1") as f:
    print(repr(f.read()))
with open(NAME, "wb") as f:
    f.write("é".encode("latin-1"))
try:
    with open(NAME, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(NAME, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
with open(NAME, encoding="ascii", errors="ignore") as f:
    print(repr(f.read()))
try:
    open(NAME, "wb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)
try:
    with open(NAME, "wb") as f:
        f.write("text")
except TypeError as e:
    print("TypeError:", e)
os.remove(NAME)
print("cleaned up")
