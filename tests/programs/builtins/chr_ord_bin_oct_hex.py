# chr, ord, bin, oct, hex.
print(chr(65), chr(0x263A), chr(0x1F600), chr(0), repr(chr(10)), chr(0x10FFFF) == "\U0010ffff")
print(ord("A"), ord("é"), ord("😀"), ord("\n"), ord(b"A"), ord(bytearray(b"z")))
for bad in [lambda: chr(0x110000), lambda: chr(-1), lambda: chr(1.5), lambda: ord(""), lambda: ord("ab"),
            lambda: ord(65), lambda: ord(b"ab")]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for n in [0, 1, -1, 7, 255, -255, 2 ** 64, -(2 ** 64)]:
    print(n, bin(n), oct(n), hex(n))
class I:
    def __index__(self): return 42
print(bin(I()), oct(I()), hex(I()), chr(I()))
for bad in [lambda: bin(1.0), lambda: hex("1"), lambda: oct(None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print("".join(chr(c) for c in range(ord("a"), ord("z") + 1)), [ord(c) - ord("0") for c in "2024"])
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16), int(hex(-5), 0))
