# int and float presentation types across widths, fills, signs, grouping and precisions.
ints = [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 64, -(2 ** 70) + 1]
floats = [0.0, -0.0, 0.5, 1.5, 2.5, -2.675, 1234567.891, 1e-7, 1e16, 1e22, 123456789012345678.0, 5e-324, float("inf"), float("-inf"), float("nan")]
for v in ints:
    print(v, [format(v, s) for s in ["d", "+d", " d", "x", "#X", "#o", "#b", "_b", "#_x", ",", "_", "010,", "0=12_", "^12", "*<+10", "n", "e", ".3%", "g", "c" if 0 <= v < 0x110000 else "d"]])
for v in floats:
    print(v, [format(v, s) for s in ["", "f", ".0f", "#.0f", ".3e", "E", "g", "#g", ".1g", ".17g", "%", ".1%", ",.2f", "_.3f", "015,.2f", "+", " .3", "z.1f", "=+12.4", "^15.2e", "n", ".3n", "F", "G"]])
print(["%5.2f|%-8.3e|%+g|%#x|%o|%05d|% d|%.3s|%c|%r|%a" % (x, x, x, 255, 8, -42, 42, "abcdef", 0x263a, "é", "é") for x in (3.14159, -0.001, 1e300)])
