# Messages and reprs name static types outside builtins with their module (tp_name): collections.deque, re.Pattern...
import collections, re, functools, itertools, io
d = collections.deque()
p = re.compile('a')
tests = [
    lambda: d.nosuch, lambda: p.nosuch, lambda: functools.partial(len).nosuch, lambda: itertools.count().nosuch,
    lambda: collections.deque.append(1, 2), lambda: repr(collections.deque.append), lambda: repr(collections.deque.maxlen),
    lambda: repr(re.Pattern.match), 
    lambda: collections.deque.__dict__['maxlen'].__get__(1), lambda: d + 1, lambda: p < p, lambda: len(itertools.count()),
    lambda: d[1:2], lambda: hash(d), lambda: p(), lambda: iter(p), lambda: -d, lambda: d.maxlen.__set__,
    lambda: setattr(d, 'maxlen', 3), lambda: setattr(d, 'x', 3), lambda: io.StringIO().nosuch,
    lambda: repr(io.StringIO.read), lambda: int.__new__(collections.deque),
    lambda: object.__new__(collections.deque), 
    lambda: format(d, 'x'), lambda: d.append(),
]
for t in tests:
    try: print(t())
    except Exception as e: print(type(e).__name__, e)
