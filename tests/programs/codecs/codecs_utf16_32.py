# UTF-16 and UTF-32 with and without BOMs, both byte orders, astral characters and errors.
texts = ["", "A", "h\xe9", "\u20ac\U0001f600z"]
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "UTF16", "utf_32_BE", "u16", "utf-16le"]:
    for s in texts:
        b = s.encode(enc)
        print(enc, ascii(s), b.hex(" "), b.decode(enc) == s)
print(b"\xfe\xff\x00A".decode("utf-16"), b"\xff\xfeA\x00".decode("utf-16"), b"A\x00".decode("utf-16"), ascii(b"\xff\xfeA\x00".decode("utf-16-le")))
print(b"\x00\x00\xfe\xff\x00\x00\x00A".decode("utf-32"), b"A\x00\x00\x00".decode("utf-32"), ascii(b"\xff\xfe\x00\x00".decode("utf-32-le")))
bad16 = [b"A", b"A\x00B", b"\x00\xd8", b"\x00\xd8A\x00", b"\x00\xdcA\x00", b"\x00\xd8\x00\xd8\x00\xdc", b"=\xd8\x00\xde"]
for data in bad16:
    row = []
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogatepass"]:
        try:
            row.append(ascii(data.decode("utf-16-le", errors)))
        except UnicodeDecodeError as e:
            row.append(f"E({e.encoding},{e.start},{e.end},{e.reason})")
    print(data, " ".join(row))
bad32 = [b"A\x00\x00", b"\x00\xd8\x00\x00", b"\x00\x00\x11\x00", b"A\x00\x00\x00\xff", b"\xff\xff\xff\xff"]
for data in bad32:
    row = []
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogatepass"]:
        try:
            row.append(ascii(data.decode("utf-32-le", errors)))
        except UnicodeDecodeError as e:
            row.append(f"E({e.encoding},{e.start},{e.end},{e.reason})")
    print(data, " ".join(row))
for enc in ["utf-16", "utf-16-be", "utf-32-le"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "surrogatepass"]:
        try:
            print(enc, errors, "a\ud800".encode(enc, errors).hex())
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e)
try:
    b"\x00".decode("utf-16")
except UnicodeDecodeError as e:
    print(e)
try:
    b"\x00\x00\x00".decode("utf-32-be")
except UnicodeDecodeError as e:
    print(e)
print(ascii("\U0001f600".encode("utf-16-be").decode("utf-16-be")), len("\U0001f600".encode("utf-16-le")))
