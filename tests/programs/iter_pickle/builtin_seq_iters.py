# Pickling and copying the index-based builtin iterators: list, tuple, str, bytes, bytearray, range,
# reversed, the sequence iterator and callable_iterator. Reduce tuples, round trips at several positions
# and every protocol, copy/deepcopy, __setstate__ clamping, __length_hint__ and the errors.
import copy
import pickle


def show(x):
    """A reduce tuple without addresses: iterators and functions by their type's name."""
    if isinstance(x, tuple):
        return '(' + ', '.join(show(v) for v in x) + (',)' if len(x) == 1 else ')')
    if isinstance(x, list):
        return '[' + ', '.join(show(v) for v in x) + ']'
    if isinstance(x, (int, float, str, bytes, bytearray, range)) or x is None:
        return repr(x)
    if isinstance(x, type):
        return x.__name__
    if hasattr(x, '__next__'):
        return '<' + type(x).__name__ + '>'
    if callable(x):
        return getattr(x, '__name__', type(x).__name__)
    return type(x).__name__


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i < self.n:
            return i * 10
        raise IndexError(i)

    def __len__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, Seq) and other.n == self.n

    def __repr__(self):
        return f'Seq({self.n})'


def counter():
    state = [0]

    def f():
        state[0] += 1
        return state[0]
    return f


makers = [
    ('list', lambda: iter([1, 2, 3, 4])),
    ('tuple', lambda: iter((1, 2, 3, 4))),
    ('str', lambda: iter('abcd')),
    ('str-nonascii', lambda: iter('\xe9t\xe9\u20ac')),
    ('str-astral', lambda: iter('a\U0001f600b\U0001f601')),
    ('bytes', lambda: iter(b'abcd')),
    ('bytearray', lambda: iter(bytearray(b'abcd'))),
    ('range', lambda: iter(range(3, 11, 2))),
    ('range-neg', lambda: iter(range(10, 2, -3))),
    ('range-long', lambda: iter(range(2**64, 2**64 + 4))),
    ('range-longstep', lambda: iter(range(0, 2**70, 2**68))),
    ('reversed-list', lambda: reversed([1, 2, 3, 4])),
    ('reversed-tuple', lambda: reversed((1, 2, 3, 4))),
    ('reversed-range', lambda: reversed(range(4))),
    ('reversed-seq', lambda: reversed(Seq(4))),
    ('seqiter', lambda: iter(Seq(4))),
]

for name, mk in makers:
    it = mk()
    print(name, type(it).__name__, show(it.__reduce__()), it.__length_hint__())
    next(it)
    print('  after next', show(it.__reduce__()), it.__length_hint__())
    rest = list(it)
    print('  exhausted', show(it.__reduce__()), it.__length_hint__(), rest)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        for skip in range(5):
            it = mk()
            for _ in range(skip):
                next(it, None)
            it2 = pickle.loads(pickle.dumps(it, proto))
            assert type(it2) is type(it), (name, proto, skip)
            assert list(it2) == list(it), (name, proto, skip)
    it = mk()
    next(it)
    c1 = copy.copy(it)
    c2 = copy.deepcopy(it)
    print('  copies', type(c1).__name__, list(c1), list(c2), list(it))

# callable_iterator: reduce holds the callable and the sentinel; exhausted, an empty tuple.
f = counter()
it = iter(f, 3)
print('callable', show(it.__reduce__()), next(it))
print('callable rest', list(it), show(it.__reduce__()))
it = iter(counter(), 4)
next(it)
c = copy.copy(it)
print('callable copy shares the function', next(c), next(it), list(it), next(c), show(c.__reduce__()))

# __setstate__ clamps: below zero to the start, past the end to the end (-1 for reversed).
for name, mk in makers:
    it = mk()
    it.__setstate__(-5)
    a = list(it)
    it = mk()
    it.__setstate__(100)
    b = show(it.__reduce__())
    print('setstate', name, a, b, list(it))

# An exhausted iterator ignores __setstate__ and stays exhausted.
for name, mk in makers:
    it = mk()
    list(it)
    it.__setstate__(0)
    print('exhausted setstate', name, list(it), show(it.__reduce__()))

# A list iterator follows the list's changes; exhausted, it no longer sees appends.
lst = [1, 2]
it = iter(lst)
next(it)
lst.append(3)
print(show(it.__reduce__()), list(it))
lst.append(4)
print(list(it), show(it.__reduce__()))
lst = [1, 2, 3]
it = reversed(lst)
next(it)
lst.pop()
print('reversed after pop', it.__length_hint__(), list(it))
lst = [3, 1, 2]
it = iter(lst)
lst.__init__([7, 8, 9])
print('after __init__', list(it))
lst = [0, 1, 2, 3, 4, 5]
it = iter(lst)
del lst[::2]
print('after del slice', list(it))
ba = bytearray(b'ab')
it = iter(ba)
it.__setstate__(5)
ba.extend(b'cd')
print('bytearray grown', list(it))

# Errors: __setstate__ takes an int (no __index__ for most; range iterators take __index__).
class Idx:
    def __index__(self):
        return 1


for name, mk in makers:
    for bad in ['x', 1.5, None, Idx(), 2**100]:
        it = mk()
        try:
            it.__setstate__(bad)
            print('ok', name, show(bad), [next(it, 'end') for _ in range(3)])
        except Exception as e:
            print('error', name, show(bad), type(e).__name__, e)
    try:
        mk().__setstate__()
    except TypeError as e:
        print('error', name, e)
