# Constructing bytes and bytearray.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"copy"), bytes("é", "utf-8"))
print(bytes("abc", encoding="ascii"), bytes(bytearray(b"ba")), bytes(memoryview(b"mv")), bytes((1, 2)))
print(bytearray(), bytearray(2), bytearray(b"xy"), bytearray([1, 255]), bytearray("ü", "latin-1"))
print(b"\x00\x7f\x80\xff", b"it's", b'"q"', b"\\", b"\t\n\r", rb"\n", len(rb"\n"))
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad  be ef"), bytearray.fromhex("00ff"), bytes.fromhex(""))
for bad in ["abc", "0g", "a b"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("abc"), lambda: bytes(-1), lambda: bytes(1.5),
            lambda: bytes(["a"]), lambda: bytearray("x"), lambda: bytes("x", "ascii", "strict", 1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class B:
    def __bytes__(self): return b"custom"
class I:
    def __index__(self): return 3
print(bytes(B()), bytes(I()), bytearray(I()))
print(type(b"".join([b"a", bytearray(b"b")])).__name__, bytearray(b"x").join([b"1", b"2"]))
print(b"abc"[0], b"abc"[-1], b"abc"[1:], b"abc"[::-1], list(b"hi"), bytes(reversed(b"abc")))
print(b"a" * 3, 2 * b"xy", b"ab" + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd")
print(b"abc" == bytearray(b"abc"), b"abc" < b"abd", b"" < b"\x00", b"a" == "a", hash(b"x") == hash(b"x"))
print(bytes.fromhex("41") == b"A", b"\x41\x42".hex(), b"\x01\x02".hex(":"), b"\x01\x02\x03\x04".hex("-", 2))
