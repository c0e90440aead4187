# float() parsing: whitespace, underscores, inf/nan spellings, errors.
good = ["1", "-1.5", "+.5", "5.", "1e5", "1E-5", "  3.25  ", "1_000.000_1", "inf", "-Infinity", "+INF",
        "nan", "-NaN", "  nAn\n", "1e500", "-1e500", "1e-500", "0x10" if False else "10", "١٢٣.٥",
        "00012", "1_2e1_0", ".1e-3", "infinity", "\t-0.0"]
for s in good:
    print(repr(s), float(s))
bad = ["", " ", "1.2.3", "e5", "1e", "inf inity", "1_", "_1", "1__0", "0x10", "nan1", "1e+", "--1", "1,5",
       "infinit", "+-1", ".", "in f"]
for s in bad:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
print(float(b"1.5"), float(bytearray(b" -2 ")), float(True), float(10 ** 20), float("1" * 20))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
print(float(F()), float(I()))
class BadF:
    def __float__(self): return "x"
try:
    float(BadF())
except TypeError as e:
    print("TypeError:", e)
