# Argument errors of builtins in 3.11's order and words (_PyArg_UnpackKeywords: too many, a required one
# missing, one given by name and position, then "'x' is an invalid keyword argument for f()"), and
# enumerate's own vectorcall checks, which a subclass of enumerate does not share.
import itertools, collections, re

def attempt(f):
    try:
        r = f()
        print('ok', list(r) if isinstance(r, enumerate) else r)
    except TypeError as e:
        print('TypeError', e)

class E(enumerate):
    pass
for T in (enumerate, E):
    print(T.__name__)
    for f in (lambda: T('a', x=1), lambda: T('a', iterable='b'), lambda: T('a', 1, 2), lambda: T(start=1),
              lambda: T('a', start='x'), lambda: T(x=1), lambda: T(), lambda: T('a', start=1, x=2),
              lambda: T(start=3, iterable='xy'), lambda: T(iterable='xy', start=3), lambda: T(iterable='xy'),
              lambda: T(iterable='xy', x=3), lambda: T(start=3, x='xy'), lambda: T(x=3, start='xy'),
              lambda: T(5, 'x'), lambda: T(a=1, b=2, c=3), lambda: T(a=1, b=2), lambda: T(start=1, iterable=2),
              lambda: T('ab', 10), lambda: T('ab', start=2**70)):
        attempt(f)

for f in (lambda: int('1', bas=2), lambda: sorted([], k=1), lambda: 'a'.split(sepp=1),
          lambda: open('x', moe='r'), lambda: str(b'a', encodin='x'), lambda: list(x=1),
          lambda: dict.fromkeys([], x=1), lambda: dict.fromkeys(x=1), lambda: dict.fromkeys([1], 2, 3),
          lambda: 'a'.encode(x=1), lambda: itertools.count(x=1), lambda: collections.deque(x=1),
          lambda: re.compile('a').match('a', x=1), lambda: [].sort(x=1), lambda: round(1.5, x=1),
          lambda: max(1, 2, x=1), lambda: zip(x=1), lambda: range(x=1), lambda: bytes(x=1),
          lambda: 'a'.replace('a', 'b', x=1), lambda: float(x=1), lambda: divmod(x=1),
          lambda: memoryview(b'', x=1), lambda: compile('1', 'f', 'eval', x=1), lambda: 'a'.startswith('a', x=1),
          lambda: 'x'.splitlines(x=1), lambda: int.from_bytes(b'a', x=1), lambda: (1).to_bytes(x=1),
          lambda: 'x'.expandtabs(x=1), lambda: 'a'.split(1, 2, 3), lambda: 'a'.split(1, 2, x=3),
          lambda: 'a'.split(sep=1, maxsplit=2, x=3), lambda: 'a b'.split(maxsplit=1, sep=None),
          lambda: 'a'.encode('utf-8', encoding='x'), lambda: 'a'.encode(errors='strict', y=1),
          lambda: compile(), lambda: compile('1', 'f', 'eval', flags=0, source='x'),
          lambda: open(file='/nonexistent', x=1), lambda: int(x='1')):
    attempt(f)
