# str.encode/bytes.decode with codecs and error handlers.
s = "naïve café ☕ 😀"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-32-be", "latin-1", "ascii", "cp1252", "utf-8-sig"]:
    for errors in ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace"]:
        try:
            b = s.encode(enc, errors)
            print(enc, errors, len(b), b[:24])
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e)
data = b"caf\xc3\xa9 \xff\xfe bad"
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    try:
        d = data.decode("utf-8", errors)
        print(errors, ascii(d))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError:", e)
print(b"\xe9t\xe9".decode("latin-1"), "été".encode("latin-1"), "abc".encode(), b"abc".decode())
print("x".encode(encoding="utf-16-be"), b"\x00x".decode(encoding="utf-16-be"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    "x".encode("utf-8", "no-such-handler")
except LookupError as e:
    print("LookupError:", e)
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("\ud800".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
print("ÄÖÜ".encode("UTF8"), "ÄÖÜ".encode("Latin1"), "A".encode("US-ASCII"), str(b"\xc3\xa4", "utf-8"))
