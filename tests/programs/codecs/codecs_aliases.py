# Encoding names: normalisation, aliases, latin-1/ascii/cp1252 and unknown names.
names = ["utf-8", "UTF-8", "utf8", "UTF_8", "u8", "utf", " utf 8 ", "utf--8", "cp65001", "latin-1", "Latin1", "latin_1", "iso-8859-1",
         "ISO8859-1", "iso_8859_1", "l1", "8859", "cp819", "latin", "ascii", "ASCII", "us-ascii", "646", "us", "cp1252",
         "windows-1252", "1252", "utf-8-sig", "UTF8-SIG", "utf-16-be", "UnicodeBigUnmarked", "no-such", "utf-8.x", "", "utf-9"]
for n in names:
    try:
        print(repr(n), "abc\xe9".encode(n), b"abc\xe9".decode(n, "replace"))
    except LookupError as e:
        print(repr(n), "LookupError:", e)
    except UnicodeError as e:
        print(repr(n), type(e).__name__ + ":", e)
s = "\u20ac\u201cq\u201d \xe9 \u0153 \u2122"
print(s.encode("cp1252"), s.encode("cp1252").decode("cp1252") == s)
for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    for enc in ["ascii", "latin-1", "cp1252"]:
        try:
            print(enc, errors, "x\xe9\u20ac\U0001f600\u3042".encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e, e.start, e.end)
for data in [b"\x81", b"a\x8d\x8fb", b"\x80\x9f\xff"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            print(data, errors, ascii(data.decode("cp1252", errors)))
        except UnicodeDecodeError as e:
            print(data, errors, "UnicodeDecodeError:", e)
for data in [b"\x7f\x80", b"ab\xff\xfe"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        try:
            print(data, errors, ascii(data.decode("ascii", errors)))
        except UnicodeDecodeError as e:
            print(data, errors, "UnicodeDecodeError:", e)
print(bytes(range(256)).decode("latin-1").encode("latin-1") == bytes(range(256)), "\xff".encode("latin-1"))
print("\ufeffx".encode("utf-8-sig"), "x".encode("utf-8-sig"), b"\xef\xbb\xbfx".decode("utf-8-sig"), b"x".decode("utf-8-sig"))
for bad in [lambda: "x".encode(1), lambda: "x".encode("utf-8", 1), lambda: b"x".decode(1), lambda: b"x".decode("utf-8", None),
            lambda: "x".encode(encoding="ascii", errors="strict", x=1), lambda: "x".encode("ascii", "bogus")]:
    try:
        print(bad())
    except (TypeError, LookupError) as e:
        print(type(e).__name__ + ":", e)
