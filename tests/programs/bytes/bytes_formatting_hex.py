# bytes %-formatting, hex(), fromhex round-trips and bytes repr choices.
print(b"%d|%5d|%-5d|%05d|%x|%X|%o|%c|%%" % (1, 2, 3, 4, 255, 255, 8, 65))
print(b"%s|%r|%a|%b" % (b"s", b"r", "a\xe9", bytearray(b"ba")))
print(b"%(a)s-%(b)d" % {b"a": b"A", b"b": 2}, b"%.3s" % b"abcdef", b"%5.1f" % 3.14159, b"%e" % 1e10)
for bad in [(b"%s", "str"), (b"%d", "1"), (b"%c", 256), (b"%c", b"ab"), (b"%y", 1), (b"%s %s", (b"a",))]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, OverflowError) as e:
        print(bad[0], type(e).__name__ + ":", e)
for data in [b"", b"\x00", b"\xff\x00\x10", bytes(range(0, 256, 51))]:
    h = data.hex()
    print(repr(data), h, bytes.fromhex(h) == data, data.hex(" ", 1), data.hex(":", -2) if data else "")
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\x7f\x80"), repr(b"\t\n\r\x0b"), repr(bytearray(b"'")))
print(bytes([9, 10, 13, 92, 39, 34]), str(b"abc", "ascii"), b"abc".decode("ascii"))
