# hex() with separators, fromhex() parsing and errors, for bytes, bytearray and subclasses.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
data = bytes(range(250, 256)) + b"\x00\x01\x02"
for args in [(), (":",), ("-", 2), ("-", -2), (b"_", 3), (" ", -4), (":", 0), ("|", 9), ("|", -9), (":", 1)]:
    print(args, data.hex(*args), bytearray(data).hex(*args), memoryview(data).hex(*args))
print(b"".hex(), b"".hex(":"), b"\x0f".hex(":", 5), data.hex(sep="=", bytes_per_sep=4))
show("hex sep long", lambda: b"ab".hex("::"))
show("hex sep non-ascii", lambda: b"ab".hex("\xe9"))
show("hex sep int", lambda: b"ab".hex(1))
show("hex bytes_per_sep str", lambda: b"ab".hex(":", "2"))
show("hex too many", lambda: b"ab".hex(":", 1, 2))
for s in ["", "00", "0a0B", " 01 02 ", "\t0a\n0b\r", "ff ee dd", "7f80"]:
    print(repr(s), bytes.fromhex(s), bytearray.fromhex(s))
for s in ["0", "abc", "0g", "g0", "1 2", "0x10", "\u0660\u0661", "12 3", " 1"]:
    show(f"fromhex {s!r}", lambda: bytes.fromhex(s))
show("fromhex bytes", lambda: bytes.fromhex(b"00"))
show("fromhex none", lambda: bytes.fromhex())
show("fromhex int", lambda: bytearray.fromhex(5))
class MyBytes(bytes):
    pass
class MyArray(bytearray):
    pass
m = MyBytes.fromhex("6869")
a = MyArray.fromhex("6869")
print(type(m).__name__, m, type(a).__name__, a, type(m.hex()).__name__)
print(bytes.fromhex(data.hex()) == data, bytes.fromhex(data.hex(" ")) == data)
