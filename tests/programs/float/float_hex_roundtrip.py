# float.hex / float.fromhex: exact round trips, rounding half-even, overflow and syntax errors.
for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
          1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 123456789.0, 1e-310]:
    h = x.hex()
    print(h, repr(float.fromhex(h)))
for s in ["0x1p0", "0x1.8p1", "-0x1.ffffp10", "0X1P-1074", "0x.8p0", "1p4", "0xA.Bp-2", "inf", " -Infinity ",
          "nan", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x1p-1075", "0x1.8p-1075", "0x3p-1076",
          "0x1p1024", "0x1p99999999999999999999", "-0x1p-99999999999999999", "1e", "0x1.00000000000008p0",
          "0x1.00000000000018p0", "0x1.000000000000080000001p0", "\t0x10\n", "0x", "0x.p1", "0x1p", "x1", "0x1 p1",
          "+-0x1", "0x1\u00a0", "0x_1", "1.", ".1", "0x1P+1", ""]:
    try:
        print(repr(s), repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__ + ":", e)
for bad in [b"0x1", 1.5, None]:
    try:
        float.fromhex(bad)
    except TypeError as e:
        print("TypeError:", e)
class F(float):
    pass
print(type(F.fromhex("0x1p3")).__name__, F.fromhex("0x1p3"))
