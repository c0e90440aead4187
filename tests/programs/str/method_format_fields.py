# str.format: field names, indexes, attributes, conversions, nested specs, numbering and the errors.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
class P:
    x = 3
    def __format__(self, spec):
        return "P(" + spec + ")"
d = {"k": [10, 20], "0": "zero"}
for fmt in ["{0}{1}{0}", "{}{}", "{0[k][1]}", "{0[0]}", "{p.x}", "{p:abc}", "{p!r:.3}", "{0!s:>5}|", "{0!a}", "{0:{1}}", "{0:{1}{2}}", "{:{}}", "{0:{w}.{p}f}",
            "{{}}", "}}{{", "{0[k]}", "{0[-1]}", "{٣}", "{0:}", "{0!r}", "{!r}", "{0.__class__.__name__}", "{0[0]:x^5}", "{k}", "{0[}", "{0]}", "{0.}", "{0[]}",
            "{0.x.}", "{0[0]x}", "{0!}", "{0!x}", "{0!rr}", "{0:{", "{0:{}", "{", "}", "a{", "{0:{0:{0}}}", "{1}{}", "{}{1}", "{9}", "{-1}", "{0:=^10}", "{0!s:{1}}", "{0!é}", "{0.real.imag}",
            "{p:{}}", "{00}", "{0:%}", "{ }", "{0 }", "{0!r }"]:
    t(lambda: fmt.format(d, 5, "x", p=P(), w=8, k="kk"))
t(lambda: "{0:{1}}".format(3.14159, ".2f"))
t(lambda: "{:{}{}}".format(42, "0", "8"))
t(lambda: "{0:{w}.{p}f}".format(3.14159, w=10, p=3))
t(lambda: "{0}".format())
t(lambda: "{x}".format())
t(lambda: "{0[5]}".format([1]))
t(lambda: "{0[a]}".format({}))
t(lambda: "{0.missing}".format(1))
t(lambda: "{:d}".format("s"))
t(lambda: "{0:>{1}}".format("a", "x"))
t(lambda: "{0}".format(*range(3)))
t(lambda: "{a}{b}".format(**{"a": 1, "b": 2}))
t(lambda: "{!s}".format(b"x"))
t(lambda: str.format("{}", 1))
t(lambda: str.format())
