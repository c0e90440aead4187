# Formatting that puts a lone high surrogate before a lone low one makes a str of two code points
# (never the astral character they would encode in UTF-16): str.format, format_map, format(), f-strings,
# %-formatting, fill characters, __str__/__repr__/__format__ returning such a str; and slicing with a step.
a, b = "\ud83d", "\ude00"
p = a + b


class C:
    def __format__(self, s):
        return s + s


class D:
    def __str__(self):
        return p

    def __repr__(self):
        return a + b


class O:
    pass


o = O()
o.x = p


def show(k, f):
    try:
        r = f()
        print(k, len(r) if isinstance(r, str) else '', ascii(r))
    except Exception as e:
        print(k, type(e).__name__, ascii(str(e)))


T = {
    'fmt1': lambda: "{}{}".format(a, b),
    'fmt2': lambda: "{:>3}{:<2}".format(a, b),
    'fmt3': lambda: "{0}{1}{0}".format(b, a),
    'fmt4': lambda: "{!s}{!s}".format(a, b),
    'fmt5': lambda: "{!r}{!r}".format(a, b),
    'fmt7': lambda: (a + "{}").format(b),
    'fmt9': lambda: ("{:" + a + "<3}").format(b),
    'fmtmap': lambda: "{x}{y}".format_map({'x': a, 'y': b}),
    'fstr1': lambda: f"{a}{b}",
    'fstr2': lambda: f"{a:>2}{b:<2}",
    'fstr5': lambda: f"{a:{b}>3}",
    'fstr7': lambda: f"{1}{a}{b}{2}",
    'pct1': lambda: "%s%s" % (a, b),
    'pct2': lambda: "%3s%-3s" % (a, b),
    'pct3': lambda: "%c%c" % (0xd83d, 0xde00),
    'pct4': lambda: "%c%c" % (a, b),
    'pct5': lambda: (a + "%s") % b,
    'pct6': lambda: "%(x)s%(y)s" % {'x': a, 'y': b},
    'pct8': lambda: "%.1s%s" % (a + 'x', b),
    'fmtint2': lambda: "{:\ud83d>4}".format(12) + b,
    'f1': lambda: format(b, a + ">3"),
    'f2': lambda: f"{b:{a}>3}",
    'f4': lambda: format(a, b + "^4"),
    'f5': lambda: format(b, a + "^4"),
    'f6': lambda: format(5, p),
    'f6b': lambda: format(2.5, '<' + p),
    'f7': lambda: format('x', 'x' + p),
    'f8': lambda: format(C(), p),
    'f9': lambda: f"{C():{a}{b}}",
    'f10': lambda: f"{5:{a}{b}}",
    'f11': lambda: "{:{}{}}".format(C(), a, b),
    'f12': lambda: "{:{}{}}".format(1, a, b),
    'f13': lambda: "{!s}".format(D()),
    'f14': lambda: "{!r}".format(D()),
    'f15': lambda: "%s|%5s|%-5s|%.1s" % (D(), D(), D(), D()),
    'f16': lambda: "%r|%4r" % tuple([D(), D()]),  # not a tuple display, which compiles to an f-string
    'f17': lambda: f"{D()!s}",
    'f19': lambda: f"{D()}",
    'f20': lambda: str(D()),
    'f21': lambda: repr(D()),
    'f22': lambda: "{0.x}".format(o),
    'f23': lambda: "{0.x:>4}".format(o),
    'f24': lambda: "{0[0]}{0[1]}".format([a, b]),
    'f25': lambda: "{}".format(D()),
    'f26': lambda: "%c" % p,
    'f27': lambda: "%c%s" % (a, b),
    'f30': lambda: "%5c%c" % (0xd83d, 0xde00),
    'f31': lambda: "%-2c%c" % (0xd83d, 0xde00),
    'f32': lambda: "{:c}{:c}".format(0xd83d, 0xde00),
    'f34': lambda: "{}{}".format(a, 1) + b,
    'f35': lambda: ("{}" + b).format(a),
    'f38': lambda: (a + "%%" + b) % (),
    'f40': lambda: format(p, '.1'),
    'f41': lambda: format(p, '>5.1'),
    'f43': lambda: "%.0s%s%s" % ('x', a, b),
    'f44': lambda: f"{a!a}{b!a}",
    'f46': lambda: format(D(), ''),
    'f47': lambda: format(D(), '>3'),
    'f48': lambda: format(1, type('S', (str,), {})('>3')),
    'slice_step': lambda: (a + "x" + b)[::2],
    'slice_neg': lambda: (b + "x" + a)[::-2],
    'slice_rev': lambda: (b + a)[::-1],
    'slice_rev2': lambda: (("a" + p + "b")[::-1])[::-1],
    'slice_neg2': lambda: (b + "x" + a + 'y')[-2::-2],
    'slice_plain': lambda: ("\U0001f600x" + a + "y" + b)[::2],
}
for k, f in T.items():
    show(k, f)
for sep, end in ((a + b, b), (type('S', (str,), {})('|'), '.\n')):
    import io
    s = io.StringIO()
    print(1, 2, sep=sep, end=end, file=s)
    print(ascii(s.getvalue()))
print("x", "y", sep=type('S', (str,), {})('-'), end=type('S', (str,), {})('!\n'))
try:
    print("x", "y", sep=p)
except UnicodeEncodeError as e:
    print()
    print(e)
# Field names and keys holding the pair; errors name the real text.
for k, f in {
    'k1': lambda: ("{" + p + "}").format_map({p: 1}),
    'k3': lambda: ("{" + p + "}").format_map({}),
    'k4': lambda: ("{0[" + p + "]}").format({p: 4}),
    'k5': lambda: ("%(" + p + ")s") % {p: 5},
    'k6': lambda: ("%(" + p + ")s") % {},
    'k7': lambda: ("{" + a + "}{" + b + "}").format_map({a: 1, b: 2}),
    'k8': lambda: ("{" + p).format(1),
    'k9': lambda: ("{!" + p + "}").format(1),
    'k10': lambda: ("%" + p) % 1,
    'k11': lambda: ("%" + b) % 1,
    'k12': lambda: ("{:" + p + "}").format(1),
    'k13': lambda: (p + "{:" + a + "}").format(1),
}.items():
    show(k, f)
