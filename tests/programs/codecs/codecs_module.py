# The _codecs module: encode/decode, lookup, error-handler registry, per-codec functions.
import _codecs
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
show("encode", lambda: _codecs.encode("h\xe9", "latin-1"))
show("encode default", lambda: _codecs.encode("\u20ac"))
show("decode", lambda: _codecs.decode(b"h\xc3\xa9"))
show("decode errors", lambda: _codecs.decode(b"\xff", "ascii", "replace"))
show("decode bytearray", lambda: _codecs.decode(bytearray(b"ab"), "utf-16-le"))
show("lookup name", lambda: _codecs.lookup("UTF8").name)
show("lookup latin", lambda: _codecs.lookup("latin1").name)
show("lookup missing", lambda: _codecs.lookup("nope"))
show("lookup_error strict", lambda: _codecs.lookup_error("strict").__name__)
show("lookup_error missing", lambda: _codecs.lookup_error("nope"))
show("register_error bad", lambda: _codecs.register_error("x", 5))
def handler(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("<%d-%d>" % (exc.start, exc.end), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ("[%s]" % exc.object[exc.start:exc.end].hex(), exc.end)
    raise TypeError("unexpected")
_codecs.register_error("mark", handler)
print("x\xe9\xe8y\u20ac".encode("ascii", "mark"), b"a\xff\xfeb".decode("utf-8", "mark"), b"a\x80b".decode("ascii", "mark"))
print(_codecs.lookup_error("mark") is handler)
def skip_two(exc):
    return ("", exc.start + 2)
_codecs.register_error("skip2", skip_two)
print("a\xe9\xe9\xe9b".encode("latin-1", "skip2") if False else "\u20ac\u20acXY".encode("ascii", "skip2"))
def to_bytes(exc):
    return (b"??", exc.end)
_codecs.register_error("rawbytes", to_bytes)
print("a\u20acb".encode("latin-1", "rawbytes"))
def bad_return(exc):
    return "nope"
_codecs.register_error("bad", bad_return)
show("bad handler", lambda: "\xe9".encode("ascii", "bad"))
show("bad decode handler", lambda: b"\xff".decode("ascii", "bad"))
def out_of_range(exc):
    return ("", 100)
_codecs.register_error("oor", out_of_range)
show("out of range position", lambda: "\xe9".encode("ascii", "oor"))
def negative(exc):
    return ("!", -1)
_codecs.register_error("neg", negative)
show("negative position", lambda: "ab\xe9cd".encode("ascii", "neg"))
for name in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]:
    f = _codecs.lookup_error(name)
    e = UnicodeEncodeError("ascii", "a\xe9\u20acb", 1, 3, "bad")
    show(f"{name} enc", lambda: f(e))
    d = UnicodeDecodeError("utf-8", b"a\xff\xfeb", 1, 3, "bad")
    show(f"{name} dec", lambda: f(d))
show("strict handler", lambda: _codecs.lookup_error("strict")(UnicodeEncodeError("ascii", "\xe9", 0, 1, "r")))
show("handler bad arg", lambda: _codecs.lookup_error("replace")(ValueError("x")))
print(_codecs.utf_8_encode("h\xe9"), _codecs.utf_8_decode(b"h\xc3\xa9"), _codecs.utf_8_decode(b"h\xc3", None, False), _codecs.utf_8_decode(b"h\xc3", "replace", True))
print(_codecs.utf_16_encode("A"), _codecs.utf_16_le_encode("A"), _codecs.utf_16_be_encode("A"), _codecs.utf_32_encode("A"))
print(_codecs.utf_16_decode(b"\xff\xfeA\x00B"), _codecs.utf_16_decode(b"\xff\xfeA\x00B", None, True) if False else "", _codecs.utf_16_le_decode(b"A\x00\x00\xd8"))
print(_codecs.utf_16_ex_decode(b"\xfe\xff\x00A"), _codecs.utf_16_ex_decode(b"A\x00", "strict", 0, True), _codecs.utf_32_ex_decode(b"\xff\xfe\x00\x00A\x00\x00\x00"))
print(_codecs.latin_1_encode("\xff"), _codecs.latin_1_decode(b"\xff"), _codecs.ascii_encode("a"), _codecs.ascii_decode(b"a"))
print(_codecs.charmap_decode(b"\x00\x01", "strict", "xy"), _codecs.charmap_decode(b"ab"), _codecs.charmap_encode("yx", "strict", _codecs.charmap_build("xy")))
show("charmap undefined", lambda: _codecs.charmap_decode(b"\x05", "strict", "xy"))
print(_codecs.escape_encode(b"a\n\x00'"), _codecs.unicode_escape_encode("a\n\xe9\u20ac\\"), _codecs.raw_unicode_escape_encode("a\xe9\u20ac"))
print(_codecs.readbuffer_encode(b"xy"), _codecs.readbuffer_encode("\xe9"))
def search(name):
    if name == "shout":
        enc = lambda s, errors="strict": (s.upper().encode("ascii", errors), len(s))
        dec = lambda b, errors="strict": (bytes(b).decode("ascii", errors).lower(), len(b))
        return (enc, dec, None, None)
    if name == "broken":
        return (lambda s, errors="strict": ("not bytes", 0), lambda b, errors="strict": (b"not str", 0), None, None)
    return None
_codecs.register(search)
print("hello".encode("shout"), b"WORLD".decode("shout"), _codecs.encode("abc", "shout"), _codecs.decode(b"XYZ", "shout"))
show("encode broken", lambda: "x".encode("broken"))
show("decode broken", lambda: b"x".decode("broken"))
show("lookup shout", lambda: _codecs.lookup("shout")[0]("q"))
show("register non-callable", lambda: _codecs.register(5))
show("unknown", lambda: "x".encode("still-unknown"))
_codecs.unregister(search)
show("after unregister", lambda: "x".encode("shout"))
print(_codecs.decode(memoryview(b"mv"), "ascii"), _codecs.utf_8_decode(memoryview(b"\xc3\xa9")), _codecs.latin_1_decode(bytearray(b"\xe9")))
show("decode int", lambda: _codecs.utf_8_decode(5))
