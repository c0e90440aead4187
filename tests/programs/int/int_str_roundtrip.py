# str()/repr() of ints and parsing them back.
vals = [0, -0, 7, -7, 10 ** 18, -(10 ** 18), 2 ** 63, 2 ** 64 + 1, 3 ** 200, -(7 ** 100)]
for v in vals:
    s = str(v)
    print(len(s), s[:20], int(s) == v, repr(v) == s, eval(s) == v)
print(str(True), repr(False), int("-0"), str(int("+0")), int("0000000000123"))
print(f"{10 ** 30:e}", f"{-(10 ** 30):.3e}", f"{2 ** 100:.0f}", float(2 ** 100))
print(int(str(2 ** 1000)) == 2 ** 1000, len(str(2 ** 1000)), str(2 ** 1000)[-5:])
digits = "".join(str(i % 10) for i in range(1, 101))
print(int(digits) % 97, int(digits[::-1]) % 97)
print(int("１２３"), int("٣"), int("𝟗"), int("\u0661\u0662"))
print(" ".join(str(n) for n in range(-5, 6)))
print(ascii(10 ** 5), format(12, ""), str(12).zfill(5), str(-12).zfill(5))
