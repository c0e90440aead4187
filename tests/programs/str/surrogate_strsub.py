# A str subclass whose text holds a high surrogate before a low one keeps the two code points (never
# the astral character): len, indexing, comparison, hashing, methods, formatting, json, re, io.
import io, json, re
a, b = "\ud83d", "\ude00"
p = a + b
class S(str):
    pass
s = S(p)
x = S("a" + p + "b")
def show(k, f):
    try:
        r = f()
        print(k, type(r).__name__, ascii(r))
    except Exception as e:
        print(k, type(e).__name__, ascii(str(e)))
T = {
 'len': lambda: (len(s), len(x)),
 'idx': lambda: [x[i] for i in range(4)],
 'slice': lambda: (x[1:3], x[::-1], x[1:]),
 'eq': lambda: (s == p, p == s, s == "\U0001f600", s != p, hash(s) == hash(p), s < "\U0001f600"),
 'str': lambda: str(s),
 'repr': lambda: repr(s),
 'ascii': lambda: ascii(x),
 'format': lambda: (format(s), format(s, '>4'), "{}|{:^6}".format(s, s), f"{s}{s!r}", "%s|%r|%5s" % (s, s, s)),
 'concat': lambda: (s + "x", "x" + s, s + s, s * 2),
 'methods': lambda: (x.upper(), x.split(a), x.find(b), x.replace(p, '-'), x.encode('utf-8', 'surrogatepass'), x.center(7, '*'), list(x)),
 'in': lambda: (b in s, s in x, p in x),
 'join': lambda: ("-".join([s, s]), s.join(["x", "y"])),
 'dict': lambda: ({s: 1}[p], {p: 1}[s], list({s: 1, p: 2}.items())),
 'sorted': lambda: sorted([S("\U0001f600"), s, S(a)]),
 'json': lambda: (json.dumps(s), json.dumps({s: s}, ensure_ascii=False)),
 're': lambda: (re.findall('.', s), re.sub('x', s, a + 'x' + b), re.match(s, p + 'q').group()),
 'io': lambda: (io.StringIO(s).read(), (lambda f: (f.write(s), f.getvalue())[1])(io.StringIO())),
 'sub_of_sub': lambda: type(S(s)).__name__ + ascii(S(s)),
 'str_of': lambda: (type(str(s)).__name__, str(s) == p),
 'getnewargs': lambda: s.__getnewargs__(),
 'isinstance': lambda: isinstance(s, str),
 'dict_attr': lambda: (setattr(s, 'q', 1), s.q)[1],
 'pct_tuple': lambda: "%s%s" % (S(a), S(b)),
 'iter_rev': lambda: list(reversed(s)),
 'mul': lambda: (S(b + a) * 2),
}
for k, f in T.items():
    show(k, f)

print(ascii('ab'.translate({97: S(a), 98: S(b)})))
