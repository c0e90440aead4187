# Formatting integers: bin/oct/hex, format specs, separators.
for n in [0, 5, -5, 255, -255, 2 ** 40, -(2 ** 40)]:
    print(n, bin(n), oct(n), hex(n), format(n, "b"), format(n, "o"), format(n, "x"), format(n, "X"))
for spec in ["d", "5d", "<5d", ">5d", "^7d", "+d", " d", "-d", "05d", ",d", "_d", "#b", "#o", "#x", "#X",
             "08b", "#010x", "_b", "_x", "c", "n", "=+8d", "*^9d", ",.0f" if False else "e"]:
    try:
        print(repr(spec), repr(format(1234567, spec)), repr(format(-42, spec)))
    except (ValueError, OverflowError) as e:
        print(repr(spec), type(e).__name__ + ":", e)
print(f"{255:#x} {255:#b} {255:o} {1_000_000:,} {1_000_000:_} {-3:05} {3:+}")
print(f"{65:c} {0x1F600:c}", f"{12:%}", f"{7:.2f}", f"{7:e}", f"{2 ** 70:,}")
for bad in ["s", ".2d", ",b", "z", "=s"]:
    try:
        format(10, bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print("%d %5d %-5d| %05d %+d %x %X %o %#x %#o %c" % (42, 42, 42, 42, 42, 255, 255, 8, 255, 8, 97))
print("%i %u %3.1d" % (7, 8, 9), "%(a)d-%(b)x" % {"a": 10, "b": 255})
print(format(True, "d"), format(True, ">5"), f"{True:x}", int.__format__(5, "03"))
