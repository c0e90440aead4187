# Pickling and copying dict and set iterators (reduced to what is left, without consuming them), and
# map, filter, zip (strict too), enumerate and reversed-by-__getitem__, including subclasses.
import copy
import pickle


def show(x):
    if isinstance(x, tuple):
        return '(' + ', '.join(show(v) for v in x) + (',)' if len(x) == 1 else ')')
    if isinstance(x, list):
        return '[' + ', '.join(show(v) for v in x) + ']'
    if isinstance(x, (int, float, str, bytes)) or x is None:
        return repr(x)
    if isinstance(x, type):
        return x.__name__
    if hasattr(x, '__next__'):
        return '<' + type(x).__name__ + '>'
    if callable(x):
        return getattr(x, '__name__', type(x).__name__)
    return type(x).__name__


def odd(x):
    return x % 2


d = {'a': 1, 'b': 2, 'c': 3}
makers = [
    ('keys', lambda: iter(d)),
    ('keys-view', lambda: iter(d.keys())),
    ('values', lambda: iter(d.values())),
    ('items', lambda: iter(d.items())),
    ('rev-keys', lambda: reversed(d)),
    ('rev-values', lambda: reversed(d.values())),
    ('rev-items', lambda: reversed(d.items())),
    ('set', lambda: iter({10, 20, 30})),
    ('frozenset', lambda: iter(frozenset({10, 20, 30}))),
]
for name, mk in makers:
    it = mk()
    print(name, type(it).__name__, show(it.__reduce__()), it.__length_hint__())
    first = next(it)
    r = it.__reduce__()
    print('  after next', show(r), it.__length_hint__(), 'still', list(it))
    print('  exhausted', show(it.__reduce__()), it.__length_hint__())
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        for skip in range(4):
            it = mk()
            for _ in range(skip):
                next(it, None)
            it2 = pickle.loads(pickle.dumps(it, proto))
            assert type(it2).__name__ == 'list_iterator'
            assert sorted(map(repr, it2)) == sorted(map(repr, it)), (name, proto, skip)
    it = mk()
    next(it)
    print('  copy', list(copy.copy(it)), list(copy.deepcopy(it)), list(it))

# A dict that changed size: next() and __reduce__() both raise; once exhausted, neither does.
dd = {1: 1, 2: 2}
for mk in (lambda: iter(dd), lambda: reversed(dd), lambda: iter(dd.items())):
    it = mk()
    next(it)
    dd[3] = 3
    for f in (it.__reduce__, it.__next__):
        try:
            f()
        except RuntimeError as e:
            print('RuntimeError', e, it.__length_hint__())
    del dd[3]
ss = {1, 2}
it = iter(ss)
next(it)
ss.add(3)
try:
    it.__reduce__()
except RuntimeError as e:
    print('RuntimeError', e)
dd = {1: 1}
it = iter(dd)
list(it)
dd[2] = 2
print('exhausted then grown', list(it), show(it.__reduce__()))

# map, filter, zip, enumerate: reduce to a call of the type on the underlying iterators.
funcs = [
    ('map', lambda: map(pow, [1, 2, 3, 4], [2, 2, 2, 2])),
    ('map1', lambda: map(str, range(5))),
    ('filter', lambda: filter(None, [0, 1, 0, 2, 3])),
    ('filter-bool', lambda: filter(bool, [0, 1, 0, 2, 3])),
    ('filter-f', lambda: filter(odd, range(7))),
    ('zip', lambda: zip('abcd', range(4), [5, 6, 7, 8])),
    ('zip-empty', lambda: zip()),
    ('zip-strict', lambda: zip('abc', (1, 2, 3), strict=True)),
    ('enumerate', lambda: enumerate('abcd')),
    ('enumerate-start', lambda: enumerate('abcd', 5)),
    ('enumerate-big', lambda: enumerate('abcd', 2**63 - 2)),
    ('enumerate-huge', lambda: enumerate('abcd', 2**80)),
]
for name, mk in funcs:
    it = mk()
    print(name, show(it.__reduce__()))
    next(it, None)
    print('  after next', show(it.__reduce__()))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        for skip in range(4):
            it = mk()
            for _ in range(skip):
                next(it, None)
            it2 = pickle.loads(pickle.dumps(it, proto))
            assert type(it2) is type(it)
            assert list(it2) == list(it), (name, proto, skip)
    it = mk()
    next(it, None)
    print('  deepcopy', list(copy.deepcopy(it)), list(it))

# zip's strict flag is its state.
z = zip('ab', 'abc', strict=True)
print(show(z.__reduce__()))
z2 = pickle.loads(pickle.dumps(z))
try:
    list(z2)
except ValueError as e:
    print('ValueError', e)
z = zip('ab', 'abc')
z.__setstate__(1)
try:
    list(z)
except ValueError as e:
    print('ValueError', e)
z = zip('abc', 'ab', 'ab', strict=True)
try:
    list(z)
except ValueError as e:
    print('ValueError', e)
z = zip('a', 'a', 'ab', strict=True)
try:
    list(z)
except ValueError as e:
    print('ValueError', e)


# Subclasses reduce with their own type; a __next__ override is what loops see.
class M(map):
    pass


class Z(zip):
    def __next__(self):
        return ('z',) + super().__next__()


class E(enumerate):
    pass


m = M(abs, [-1, -2])
print(type(m).__name__, show(m.__reduce__()), list(pickle.loads(pickle.dumps(m))))
z = Z('ab', 'cd')
print(show(z.__reduce__()), next(z), [t for t in z])
e = E('xy', 3)
next(e)
e2 = pickle.loads(pickle.dumps(e))
print(type(e2).__name__, list(e2))


# reversed over __getitem__ + __len__; errors of reversed().
class S:
    def __getitem__(self, i):
        if 0 <= i < 3:
            return 'abc'[i]
        raise IndexError

    def __len__(self):
        return 3


r = reversed(S())
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
for args in [(), (1,), ({},), ([], []), (S(), 1)]:
    try:
        reversed(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    reversed([], x=1)
except TypeError as e:
    print('TypeError', e)


class NoLen:
    def __getitem__(self, i):
        return i


try:
    reversed(NoLen())
except TypeError as e:
    print('TypeError', e)
for bad in [lambda: zip([1], foo=2), lambda: zip([1], strict=1, foo=2), lambda: map(abs), lambda: filter(None),
            lambda: filter(None, [], x=1), lambda: map(abs, [], x=1), lambda: iter(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

# iter() over a callable: the sentinel is compared as sentinel == value.
class Sentinel:
    def __eq__(self, other):
        print('eq called with', other)
        return other == 2


vals = iter([1, 2, 3])
it = iter(vals.__next__, Sentinel())
print(list(it))
