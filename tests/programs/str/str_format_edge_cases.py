# str.format/format() edge cases: fill characters, zero padding with alignment, nested fields.
print("{:*<8}|{:*>8}|{:*^8}|{:*^9}".format("ab", "ab", "ab", "ab"))
print("{:0=8}|{:0<8}|{:08}|{:+08}|{:=+8}".format(-42, -42, -42, 42, 42))
print("{:{}{}{}}".format("x", "-", "^", 7), "{0:{1}}".format(3.14159, ".3"))
print("{:,}".format(-1234567.891), "{:_.2f}".format(1234567.891), "{:,d}".format(-10 ** 9))
print("{:.3s}|{:10.3s}|{:<.0s}|".format("abcdef", "abcdef", "abc"))
print("{!r:^12}|{!s:>6}".format("é", 1.5), "{0!a}".format("ü😀"))
print("{0}{1}{0}".format("ab", "-"), "{a[0]}{a[1]}".format(a="xy"), "{0.imag}".format(3j))
print(format(1e16, ",.0f"), format(float("nan"), "08.2f"), format(float("-inf"), "+010"))
print(format("ab", "\x00<4") == "ab\x00\x00", format(5, "\u2022^5"), format("é", "é>3"))
for fmt, args in [("{:,s}", ("x",)), ("{:=}", ("s",)), ("{0[}", ([1],)), ("{:>x}", ("s",)), ("{0:{1}}", (1, "{}"))]:
    try:
        print(fmt.format(*args))
    except (ValueError, KeyError, TypeError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
