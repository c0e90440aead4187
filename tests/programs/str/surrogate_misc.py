# Strs holding a high surrogate before a low one (two code points) through repr/ascii of objects whose
# __repr__ returns one, containers' reprs, collections, %-formatting of tuple subclasses and dict
# subclasses, sorting by code point (lone surrogates against astral characters), print() to files.
import string, io, sys, operator, collections, itertools, functools
a, b = "\ud83d", "\ude00"
p = a + b
def show(k, f):
    try:
        r = f()
        print(k, ascii(r))
    except Exception as e:
        print(k, type(e).__name__, ascii(str(e)))
class R:
    def __repr__(self): return p
    def __str__(self): return a + b
T = {
 'capwords': lambda: string.capwords(p + " x" + p),
 'sorted_key': lambda: sorted([b, a + 'x', "\U0001f600", p, a], key=lambda s: s[::-1]),
 'sort_mixed': lambda: sorted(["\ud83d\U0001f600", "\U0001f600", "\ud83d", "\ud83d\uffff", "\ud83dz"]),
 'max_key': lambda: max([a, b, p], key=len),
 'ascii_R': lambda: ascii(R()),
 'str_R': lambda: str(R()),
 'fmt_R': lambda: "{!a}".format(R()),
 'pct_a': lambda: "%a" % R(),
 'exc_args': lambda: repr(ValueError(p)),
 'keyerror': lambda: str(KeyError(p)),
 'dict_repr': lambda: repr({p: [p]}),
 'set_repr': lambda: repr({p}),
 'tuple_str': lambda: str((p,)),
 'counter': lambda: collections.Counter([p, a + b, p]).most_common(),
 'deque': lambda: repr(collections.deque([p])),
 'od': lambda: repr(collections.OrderedDict([(p, 1)])),
 'namedtuple': lambda: repr(collections.namedtuple('N', 'x')(p)),
 'namedtuple_pct': lambda: "%s|%r|%a" % collections.namedtuple('N3', 'x y z')(p, p, p),
 'defaultdict_pct': lambda: "%(k)s%(missing)s" % collections.defaultdict(lambda: b, k=a),
 'tuple_sub_startswith': lambda: (p + 'x').startswith(type('T', (tuple,), {})(('q', p))),
 'list_sub_pct': lambda: "%s" % type('L', (list,), {'__repr__': lambda self: 'L!'})([p]),
 'accumulate': lambda: list(itertools.accumulate([a, b, a])),
 'mul_seam': lambda: (b + "x" + a) * 2,
 'iadd': lambda: functools.reduce(operator.iadd, [a, b], ''),
 'join_gen': lambda: ''.join(c for c in [a, b]),
 'splitlines_p': lambda: (p + '\u2028' + p).splitlines(True),
 'isidentifier': lambda: p.isidentifier(),
 'encode_idx': lambda: [p.encode('utf-8', e) for e in ('ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogatepass')],
 'StringIO_repr': lambda: repr(io.StringIO(p).getvalue()),
 'print_multi': lambda: (lambda s: (print(a, b, p, sep='', file=s), print(b, end=a, file=s), s.getvalue())[2])(io.StringIO()),
 'print_flush': lambda: (lambda s: (print(p, file=s, flush=True), s.getvalue())[1])(io.StringIO()),
 'writelines_tw': lambda: (lambda bio: (lambda t: (t.writelines([a, b, p]), t.flush(), bio.getvalue())[2])(io.TextIOWrapper(bio, 'utf-8', 'surrogatepass')))(io.BytesIO()),
 'textio_print': lambda: (lambda bio: (lambda t: (print(a, b, sep='', file=t), t.flush(), bio.getvalue())[2])(io.TextIOWrapper(bio, 'utf-8', 'surrogatepass')))(io.BytesIO()),
}
for k, f in T.items():
    show(k, f)
