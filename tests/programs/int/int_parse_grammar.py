# int(str, base): PyLong_FromString's grammar, Unicode digits and spaces, and its messages.
cases = [("0x_1f", 16), ("0x_1f", 0), ("0_0", 0), ("00", 0), ("007", 0), ("0_7", 0), ("1__0", 10), ("_1", 10),
         ("1_", 10), (" 1_000 ", 10), ("0b1_01", 0), ("0o17", 0), ("0O17", 8), ("17", 8), ("0b102", 0), ("z", 36),
         ("Z_z", 36), ("١٢٣", 10), ("\u2003-42\u3000", 10), ("\ufeff1", 10), ("12\u00b2", 10), ("0x", 16), ("-", 10),
         ("+0x10", 16), ("- 1", 10), ("0x1", 10), ("1" * 30, 7), ("f" * 40, 16), ("\U0001d7ce\U0001d7cf", 10)]
for s, b in cases:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, "ValueError:", e)
for args in [("x" * 300,), (b"12",), (bytearray(b" 7 "),), (b"\xff1",), ("1", 1), ("1", 37), ("1", -1), (5, 10),
             (memoryview(b"42"),), (1.9,), (-1.9,), (float("inf"),), (float("nan"),), ("1e5",), ("12", 10.0)]:
    try:
        print(int(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", str(e)[:100], len(str(e)))
try:
    int("5", base=10, x=1)
except TypeError as e:
    print("TypeError:", e)
print(int(base=16, x="ff") if False else int("ff", base=16), int(), int(" 0 "), int("-0"))
class S(str):
    pass
print(int(S("12")), int(S("z"), 36), float(S("1.5")))
