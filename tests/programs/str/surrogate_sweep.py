# Random strs over lone surrogates, pairs made of two of them, astral characters and ASCII, through
# str's methods, operators, formatting, codecs, hashing and containers (compared with CPython 3.11).
A = ["\ud83d", "\ude00", "x", "\t", " ", "\n", "\U0001f600", "\ud800", "\udfff", "X", "1"]
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
def rs(maxlen=6):
    return "".join(A[rnd(len(A))] for _ in range(rnd(maxlen + 1)))
def show(k, f):
    try:
        r = f()
        print(k, ascii(r))
    except Exception as e:
        print(k, type(e).__name__, ascii(str(e)))
for i in range(60):
    s, t, u = rs(), rs(3), rs(2)
    n = rnd(10) - 2
    c = A[rnd(len(A))]
    ops = [
        ('center', lambda: s.center(n + 4, c)), ('ljust', lambda: s.ljust(n + 4, c)), ('rjust', lambda: s.rjust(n + 4, c)),
        ('zfill', lambda: s.zfill(n + 3)), ('exp', lambda: s.expandtabs(n)), ('rep', lambda: s.replace(t, u, n)),
        ('split', lambda: s.split(t or None, n)), ('rsplit', lambda: s.rsplit(t or None, n)), ('part', lambda: s.partition(t or 'x')),
        ('rpart', lambda: s.rpartition(t or 'x')), ('join', lambda: s.join([t, u, t])), ('strip', lambda: s.strip(t)),
        ('lstrip', lambda: s.lstrip(t or None)), ('rstrip', lambda: s.rstrip(t or None)), ('find', lambda: (s.find(t, n), s.rfind(t, 0, n + 3), s.count(t))),
        ('case', lambda: (s.upper(), s.lower(), s.title(), s.swapcase(), s.casefold(), s.capitalize())),
        ('slice', lambda: (s[::2], s[1::3], s[::-1], s[-2::-2], s[n:], s[:n])), ('idx', lambda: [s[k] for k in range(-len(s), len(s))]),
        ('iter', lambda: (list(s), list(reversed(s)), sorted(s))), ('cmp', lambda: (s < t, s == t + u, s > u, s + t == t + s)),
        ('in', lambda: (s.__contains__(t), s.__contains__(u), s.__contains__(t + u), s.find(t) >= 0)), ('hash', lambda: (hash(s), hash(t + u), hash(s) == hash(s[:] + ''))), ('len', lambda: (len(s), len(s + t), len(s * 2))),
        ('mul', lambda: s * (n if n > 0 else 1)), ('concat', lambda: s + t + u), ('fmt', lambda: "{}{}{:>3}".format(s, t, u)),
        ('pct', lambda: "%s%s%3s" % (s, t, u)), ('fstr', lambda: f"{s}{t}{u:{c}<4}"), ('lines', lambda: s.splitlines(n > 3)),
        ('starts', lambda: (s.startswith(t), s.endswith((u, t)), s.startswith(t, 1))), ('prefix', lambda: (s.removeprefix(t), s.removesuffix(u))),
        ('trans', lambda: s.translate({ord('x'): t, 0xd83d: u, 0xde00: None})), ('repr', lambda: (repr(s), ascii(s + t))),
        ('enc', lambda: (s.encode('utf-8', 'surrogatepass'), s.encode('utf-16-le', 'surrogatepass'), s.encode('ascii', 'backslashreplace'))),
        ('dec', lambda: s.encode('utf-8', 'surrogatepass').decode('utf-8', 'surrogatepass') == s),
        ('dec32', lambda: s.encode('utf-32', 'surrogatepass').decode('utf-32', 'surrogatepass') == s),
        ('is', lambda: (s.isalpha(), s.isspace(), s.isprintable(), s.isidentifier(), s.isascii(), s.isdigit())),
        ('dict', lambda: sorted({s: 1, t: 2, u: 3, s + t: 4}.items())), ('set', lambda: len({s, t, u, s + t, t + u})),
        ('index', lambda: [s, t].index(t)), ('count', lambda: (s + t + s).count(s) if s else 0), ('maxmin', lambda: (max(s, t, u), min(s + t, u))),
        ('str', lambda: (str(s), format(s, '^7'), format(s, c + '>5'), format(s, '.2'))),
    ]
    for name, f in ops:
        show(f"{i}:{name}", f)
