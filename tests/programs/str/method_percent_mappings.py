# % formatting: mappings, * and .* arguments, every conversion, argument count errors.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
d = {"name": "Ann", "n": 42, "x": 2.5, "(p)": "paren"}
for fmt in ["%(name)s is %(n)d", "%(n)05d|%(n)-5d|%(n)+d", "%(x).3f %(x)e %(x)g", "%(name)r %(name)a", "%((p))s", "%(name)s %%", "%(n)x %(n)#o %(n)#X", "%(missing)s",
            "%(name)", "%(name", "%(n)*d", "%s", "%(name)s %s", "%(n)c"]:
    t(lambda: fmt % d)
for fmt, args in [("%*d", (5, 42)), ("%-*d|", (5, 42)), ("%*d", (-5, 42)), ("%.*f", (2, 3.14159)), ("%*.*f", (10, 3, 3.14159)), ("%*s", (3,)), ("%*s", ("3", "x")), ("%.*s", (2, "abcdef")),
                  ("%s %s", (1,)), ("%s", (1, 2)), ("%d", ("1",)), ("%d", (1.9,)), ("%x", (1.5,)), ("%c", (65,)), ("%c", ("AB",)), ("%c", (0x110000,)), ("%5c|%-5c", ("é", 97)),
                  ("%r %a", ("é", "é")), ("%10.3s|", ("abcdef",)), ("%-10r|", ("x",)), ("%i %u", (3, 4)), ("%e", ("x",)), ("%f", (None,)), ("%d", (None,)), ("%s", ([1],)), ("%s %s", [1, 2]),
                  ("%", ()), ("%5", (1,)), ("%z", (1,)), ("% d|%+d|% +d", (5, 5, 5)), ("%05.1f|%-07.2f|%+07d", (2.25, -1.5, 3)), ("%#x %#X %#o", (0, 255, 8)), ("%.0f %.0f %.0f", (0.5, 1.5, 2.5)),
                  ("%g %g %g", (1e-5, 123456789.0, 0.0001)), ("%10.4e|", (12345.678,)), ("%s", ((1, 2),)), ("%d%%", (50,)), ("%(a)s", ({"a": 1},)), ("%s", {"a": 1}), ("%.3d|%+.3d|%#.3x", (7, 7, 7))]:
    t(lambda: fmt % args)
t(lambda: "abc" % ())
t(lambda: "abc" % 5)
t(lambda: "abc" % [])
t(lambda: "abc" % {})
t(lambda: "%s" % ())
class Num:
    def __int__(self):
        return 7
    def __index__(self):
        return 8
    def __float__(self):
        return 9.5
t(lambda: "%d %x %f %c" % (Num(), Num(), Num(), Num()))
