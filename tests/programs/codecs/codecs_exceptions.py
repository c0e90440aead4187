# The UnicodeEncodeError/UnicodeDecodeError the codecs raise: attributes, messages, ranges.
def enc(s, encoding, errors="strict"):
    try:
        print(repr(s.encode(encoding, errors)))
    except UnicodeEncodeError as e:
        print(type(e).__name__, "|", e, "|", e.encoding, ascii(e.object), e.start, e.end, e.reason, e.args[2:])
def dec(b, encoding, errors="strict"):
    try:
        print(ascii(b.decode(encoding, errors)))
    except UnicodeDecodeError as e:
        print(type(e).__name__, "|", e, "|", e.encoding, e.object, e.start, e.end, e.reason, type(e.object).__name__)
enc("h\xe9llo", "ascii")
enc("h\xe9\xe8llo", "ascii")
enc("\u20ac\u20ac\u20acx\u20ac", "latin-1")
enc("ok\U0001f600", "latin-1")
enc("\ud800x\udc00", "ascii")
enc("a\ud800", "utf-8")
enc("a\ud800\ud801b", "utf-8")
enc("\udc80abc", "ascii", "surrogateescape")
enc("\ud800", "ascii", "surrogateescape")
enc("\u0100", "cp1252")
enc("\x81", "cp1252")
dec(b"\xff", "utf-8")
dec(b"ab\xc3", "utf-8")
dec(b"\xe2\x82", "utf-8")
dec(b"\x80\x81", "ascii")
dec(b"\x9d", "cp1252")
dec(b"\x00", "utf-16-be")
dec(b"\x00\x00\x00\x01\x00", "utf-32-be")
dec(bytearray(b"\xff"), "utf-8")
dec(memoryview(b"x\xff"), "ascii") if False else dec(bytes(memoryview(b"x\xff")), "ascii")
try:
    "\xe9".encode("ascii")
except UnicodeError as e:
    print(isinstance(e, ValueError), isinstance(e, UnicodeEncodeError), type(e).__mro__[1].__name__)
try:
    b"\xff".decode()
except ValueError as e:
    print("caught as ValueError:", e)
e = UnicodeDecodeError("utf-8", b"abc", 1, 2, "custom")
print(e, "|", e.start, e.end, e.reason, e.object)
e = UnicodeEncodeError("latin-1", "abc", 0, 3, "custom")
print(e, "|", repr(e))
