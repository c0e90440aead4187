# int(): bases, underscores, whitespace, signs, and errors.
cases = [("42", 10), ("-42", 10), ("  +17  ", 10), ("1_000_000", 10), ("ff", 16), ("FF", 16), ("0xff", 16),
         ("0xff", 0), ("0o777", 0), ("0b1010", 0), ("777", 8), ("z", 36), ("Zz", 36), ("0", 0),
         ("00", 0), ("1010", 2), ("0B11", 2), ("-0x10", 0), ("\t9\n", 10), ("１２３", 10), ("0_7", 8)]
for s, base in cases:
    print(repr(s), base, int(s, base))
bad = [("", 10), ("1 2", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("08", 0), ("0x", 16), ("12", 2),
       ("g", 16), ("1.0", 10), ("0b2", 0), ("--1", 10), ("0x_", 0)]
for s, base in bad:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError:", e)
print(int(), int(3.9), int(-3.9), int(True), int(1e20), int("10", base=16))
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(int(b"42"), int(bytearray(b"-7")), int(b"ff", 16))
class Num:
    def __int__(self): return 7
class Idx:
    def __index__(self): return 8
print(int(Num()), int(Idx()))
