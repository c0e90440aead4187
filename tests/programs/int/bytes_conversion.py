# int.to_bytes and int.from_bytes.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((0).to_bytes(0, "big"), (255).to_bytes(1, "big"), (65535).to_bytes(2, "little"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((2 ** 64 - 1).to_bytes(8, "big"), (1).to_bytes())
for args in [(256, 1, "big", False), (-1, 1, "big", False), (128, 1, "big", True), (-129, 1, "big", True)]:
    v, n, order, signed = args
    try:
        print(v.to_bytes(n, order, signed=signed))
    except OverflowError as e:
        print("OverflowError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
try:
    (1).to_bytes(-1, "big")
except ValueError as e:
    print("ValueError:", e)
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), "little", signed=True))
print(int.from_bytes(b"\x01"), int.from_bytes(b"\x00\x01", byteorder="little"))
for v in [0, 1, 127, 128, 255, 256, -1, -128, -129, 2 ** 100, -(2 ** 100)]:
    n = (v.bit_length() + 8) // 8
    b = v.to_bytes(n, "big", signed=True)
    print(v, b.hex(), int.from_bytes(b, "big", signed=True) == v)
class MyInt(int):
    pass
print(type(MyInt.from_bytes(b"\x01", "big")).__name__, MyInt.from_bytes(b"\x01\x00", "big"))
