# float methods: is_integer, as_integer_ratio, hex/fromhex, conjugate.
for v in [1.0, 1.5, -2.0, 0.0, 1e300, 0.1, float("inf"), float("nan")]:
    print(v, v.is_integer())
for v in [0.5, 0.1, -2.75, 1e-10, 3.0, 0.0, -0.0]:
    print(v, v.as_integer_ratio())
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for v in [1.0, 0.5, 0.1, -3.75, 1e-320, 1.7976931348623157e308, 0.0, -0.0, float("inf"), float("nan")]:
    print(v, v.hex())
for s in ["0x1p0", "0x1.8p1", "-0x1.ffffp10", "0X1P-1074", "0x.8p0", "1p4", "  0xA.Bp-2 ", "inf", "-nan",
          "0x1.fffffffffffff8p1023"]:
    try:
        print(s.strip(), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(s.strip(), type(e).__name__ + ":", e)
for s in ["0x", "0x1p", "xyz", "0x1.2.3"]:
    try:
        float.fromhex(s)
    except ValueError as e:
        print("ValueError:", e)
print((2.5).conjugate(), (2.5).real, (2.5).imag, float.fromhex((0.1).hex()) == 0.1)
print((3.7).__trunc__(), (3.7).__floor__(), (-3.7).__ceil__(), (3.7).__int__(), (2.5).__round__())
print(float.__getformat__("double"), (1.5).__divmod__(0.4), (7.0).__rmod__(20))
