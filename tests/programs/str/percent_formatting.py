# printf-style % formatting for strings.
print("%s|%r|%a" % ("é", "é", "é"))
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%d %i %o %x %X %e %E %f %F %g %G %c %c %%" % (42, -42, 8, 255, 255, 1234.5, 0.00012, 3.14159, 2.5, 1e-10, 1e20, 65, "z"))
print("%+d % d %05d %-5d| %#o %#x %#X %.3d" % (5, 5, -5, 5, 8, 255, 255, 7))
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%(name)s is %(age)d, %(name)r" % {"name": "Ann", "age": 31})
print("%s" % (1,), "%s" % [1, 2], "%s %s" % (None, True), "%r" % ("quote'",), "%s" % {"k": 1})
print("%c%c%c" % (0x1F600, "ü", 10) == "😀ü\n", "%10.4f|" % 3.14159, "%-10.2e|" % 12345.6789)
print("%x" % 2 ** 70, "%d" % 3.99, "%s" % 3.99, "%i" % True, "%.0f" % 2.5, "%.0f" % 3.5)
errors = [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(k)s", 1), ("%c", 1114112), ("%c", "ab"),
          ("%", ()), ("%(a)s %s", {"a": 1}), ("%x", 1.5), ("%*d", ("a", 1))]
for fmt, args in errors:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
print("no args" % (), "%s" % "single", "100%%" % ())
print("%s" % b"bytes", "%r" % 1.0, "%a" % "naïve 😀")
