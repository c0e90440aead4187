# str()/repr()/format() of floats at boundaries of exponent notation.
for e in range(-8, 20, 3):
    v = 1.5 * 10 ** e
    print(e, repr(v), str(v), f"{v}", f"{v:g}", f"{v:.3}", f"{v:e}")
for v in [1e15, 1e16, 9999999999999998.0, 0.0001, 0.00001, 123456789.123456789, 2 / 3, 1 / 7, 100.0, 1.0e-10]:
    print(repr(v), format(v, ".17g"), format(v, ".12g"), "%s %r %.3f" % (v, v, v))
print(float(repr(1 / 3)) == 1 / 3, float(str(2 / 3)) == 2 / 3, float("%.17g" % 0.1) == 0.1)
print(repr(5e-324), repr(2.2250738585072014e-308), repr(1.7976931348623157e308), repr(-1.0), repr(1e-7))
print(str(3.0), str(3.5e0), str(-0.5), str(float(10 ** 17)), str(1.0 / 1024))
