# bytes % formatting (PEP 461): every conversion, flags, width/precision, mappings and errors.
def show(fmt, args):
    try:
        print(repr(fmt), "->", fmt % args)
    except Exception as e:
        print(repr(fmt), type(e).__name__ + ":", e)
show(b"%s|%b", (b"x", bytearray(b"y")))
show(b"%s", memoryview(b"mv"))
show(b"[%5s][%-5s][%.2s][%5.1s]", (b"abc", b"abc", b"abc", b"abc"))
show(b"%r %a", ("\xe9", "\u20ac"))
show(b"%r", b"bytes")
show(b"%a", 3.5)
show(b"%.3a", "abcdef")
show(b"%c%c%c", (65, b"B", bytearray(b"C")))
show(b"%5c|%-3c|", (65, 66))
show(b"%d %i %u", (1, -2, 3))
show(b"%d", 2 ** 70)
show(b"%d %d", (True, 3.99))
show(b"%x %X %o %#x %#X %#o", (255, 255, 8, 255, 255, 8))
show(b"%+d % d %05d %-5d| %+.3d", (5, 5, 5, 5, 5))
show(b"%f %.2f %e %E %g %G", (1.5, 2.345, 12345.678, 0.000123, 1e20, 1e-5))
show(b"%10.3f|%-10.2e|%+g", (3.14159, 2.5, 7.0))
show(b"%*d|%-*d|%.*f", (5, 1, 4, 2, 2, 3.14159))
show(b"%%|%s%%", b"x")
show(b"%(a)s %(b)d %(a)r", {b"a": b"A", b"b": 2})
show(b"%(a)s", {"a": b"x"})
show(b"%(a)s", (1,))
show(b"no args", ())
show(b"no args", b"x")
show(b"%s", ())
show(b"%s %s", (b"a",))
show(b"%s", (b"a", b"b"))
show(b"%s", "str")
show(b"%s", 5)
show(b"%b", [1])
show(b"%d", "1")
show(b"%d", b"1")
show(b"%x", 1.5)
show(b"%c", 256)
show(b"%c", -1)
show(b"%c", b"ab")
show(b"%c", "a")
show(b"%y", 1)
show(b"%", ())
show(b"abc %", 1)
show(b"%(a", {b"a": 1})
show(b"%*d", ("x", 1))
class WithBytes:
    def __bytes__(self):
        return b"<wb>"
class BadBytes:
    def __bytes__(self):
        return "no"
show(b"%s|%b", (WithBytes(), WithBytes()))
show(b"%s", BadBytes())
show(bytearray(b"%s-%d"), (b"ba", 7))
print(type(bytearray(b"%s") % b"x").__name__, b"%s" % bytearray(b"q"))
for a in [bytearray(b"x"), [1], {1: 2}, "str", b"x"]:
    try:
        print(b"abc" % a)
    except TypeError as e:
        print("TypeError:", e)
