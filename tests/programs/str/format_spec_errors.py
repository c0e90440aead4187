# The format-spec mini-language: validation order and messages for every builtin type.
class S(str):
    pass
class I(int):
    pass
VALUES = [5, -5, True, 2.5, -0.0, float("nan"), 1 + 2j, "text", S("sub"), I(7), None]
SPECS = ["", "x", "z", "zd", "#c", "+c", " c", ".2c", ".", "_,", ",_", ",,", ",c", "_n", ",s", "=", "=s", "0", "03", "#", "+", " ", "-",
         "abc", "<5s", "10.3%", "é", "\x00", ",é", "99999999999999999999", ".99999999999999999999", "_x", "#_b", "0=8,", "*^+#012_.3", "z.2f",
         ",.2f", "n", ",n", ".2147483648f", "<>", "x<", "0<5", "%", "E", "G", "#.0e", "=+08.2f", "c"]
for v in VALUES:
    for spec in SPECS:
        try:
            r = repr(format(v, spec))
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(type(v).__name__, repr(spec), r)
