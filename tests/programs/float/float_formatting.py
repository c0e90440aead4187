# Format specs for floats: f, e, g, %, precision, alignment, signs, grouping.
vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 1e-7, 1e21, 0.000123456, float("inf"), float("nan")]
specs = ["", "f", ".2f", ".0f", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%", "10.3f", "<10.2f", "^12.1e", "+.2f",
         " .2f", "010.3f", ",.2f", "_.1f", "#.0f", "#g", ".10g", "n", "z.1f"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append("ERR")
    print(" | ".join(out))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {1.0:.20f}")
print("%f %.2f %e %.3E %g %G %10.4f|%-10.2f|%+.1f %%" % (1.5, 2.345, 12345.678, 0.00012, 1e-5, 1e20, 3.14159, 2.5, 7))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print(f"{1e300 * 10:f} {-1e300 * 10:e} {float('nan'):g}", "%f" % float("inf"))
print(format(123.456, ".2"), format(123.456, ".5"), format(0.1, ".17"), format(1e-10, ".2"), str(1e-10))
print(format(-0.0, ".1f"), format(-0.0001, ".1f"), format(-0.0001, "z.1f"))
