# UTF-8 decoding of invalid input with every error handler, and encoding of surrogates.
samples = [b"\x80", b"a\xffb", b"\xc0\xaf", b"\xc2", b"\xe2\x82", b"\xe2\x28\xa1", b"\xed\xa0\x80", b"\xed\xb0\x80x",
           b"\xf0\x9f\x98", b"\xf0\x9f\x98\x80", b"\xf4\x90\x80\x80", b"\xf5\x80", b"\xe0\x80\x80", b"\xf0\x80\x80\x80",
           b"ok\xe4\xbd\xa0\xe5\xa5\xbd", b"\xef\xbb\xbfbom", b"\xc3\xa9\xc3", b"\xfe\xff"]
for data in samples:
    row = []
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass"]:
        try:
            row.append(ascii(data.decode("utf-8", errors)))
        except UnicodeDecodeError as e:
            row.append(f"E({e.start},{e.end},{e.reason})")
    print(data, " ".join(row))
try:
    b"ab\xffcd\xfe".decode()
except UnicodeDecodeError as e:
    print(e, "|", e.encoding, e.object, e.start, e.end, e.reason)
for errors in ["xmlcharrefreplace", "namereplace"]:
    try:
        b"\xff".decode("utf-8", errors)
    except TypeError as e:
        print(errors, "TypeError:", e)
try:
    b"\xff".decode("utf-8", "bogus")
except LookupError as e:
    print("LookupError:", e)
print(b"fine".decode("utf-8", "bogus"))
texts = ["plain", "caf\xe9", "\u20ac", "\U0001f600", "a\ud800b", "\udcff\udc80", "x\udfffy\ud800", "\ud83d"]
for s in texts:
    row = []
    for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]:
        try:
            row.append(repr(s.encode("utf-8", errors)))
        except UnicodeEncodeError as e:
            row.append(f"E({e.start},{e.end})")
    print(ascii(s), " ".join(row))
try:
    "ab\ud800\udbffcd".encode()
except UnicodeEncodeError as e:
    print(e, "|", e.encoding, ascii(e.object), e.start, e.end, e.reason)
roundtrip = bytes(range(256))
s = roundtrip.decode("utf-8", "surrogateescape")
print(len(s), s.encode("utf-8", "surrogateescape") == roundtrip, ascii(s[126:130]))
print("\ud800".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
print(len("\U0010ffff".encode()), "\U0010ffff".encode(), b"\xf4\x8f\xbf\xbf".decode() == "\U0010ffff")
