# Pickling and copying every picklable itertools object (pairwise is not, in 3.11): reduce tuples at the
# start, after some steps and exhausted; round trips at every protocol; deepcopy; __setstate__ edges.
import copy
import itertools as it
import operator
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


def take(i, n=12):
    return list(it.islice(i, n))


def is_odd(x):
    return x % 2


def second(a, b):
    return b


def third(x):
    return x // 3


makers = [
    ('count', lambda: it.count(5)),
    ('count-step', lambda: it.count(1, 3)),
    ('count-float', lambda: it.count(1.5)),
    ('count-big', lambda: it.count(2**70)),
    ('count-true', lambda: it.count(True)),
    ('cycle', lambda: it.cycle('abc')),
    ('repeat', lambda: it.repeat('x', 4)),
    ('repeat-forever', lambda: it.repeat(7)),
    ('accumulate', lambda: it.accumulate([1, 2, 3, 4, 5])),
    ('accumulate-func', lambda: it.accumulate([3, 1, 4, 1, 5], max)),
    ('accumulate-initial', lambda: it.accumulate([1, 2, 3], initial=100)),
    ('accumulate-none', lambda: it.accumulate([None, 1, 2], second)),
    ('chain', lambda: it.chain('ab', 'cde', 'f')),
    ('chain-from', lambda: it.chain.from_iterable(['ab', 'cd'])),
    ('compress', lambda: it.compress('abcdef', [1, 0, 1, 1, 0, 1])),
    ('dropwhile', lambda: it.dropwhile(is_odd, [1, 3, 4, 5, 6])),
    ('takewhile', lambda: it.takewhile(is_odd, [1, 3, 4, 5, 6])),
    ('filterfalse', lambda: it.filterfalse(is_odd, range(8))),
    ('islice', lambda: it.islice('abcdefghij', 1, 9, 2)),
    ('islice-stop', lambda: it.islice('abcdefghij', 4)),
    ('islice-open', lambda: it.islice(it.count(), 2, None, 3)),
    ('starmap', lambda: it.starmap(operator.pow, [(2, 3), (3, 2), (10, 1)])),
    ('zip_longest', lambda: it.zip_longest('abc', 'de', fillvalue='-')),
    ('product', lambda: it.product('ab', range(3))),
    ('product-repeat', lambda: it.product('01', repeat=3)),
    ('product-empty', lambda: it.product('ab', [])),
    ('permutations', lambda: it.permutations('abcd', 2)),
    ('permutations-full', lambda: it.permutations(range(3))),
    ('permutations-toolong', lambda: it.permutations('ab', 3)),
    ('combinations', lambda: it.combinations('abcde', 3)),
    ('combinations-toolong', lambda: it.combinations('ab', 3)),
    ('cwr', lambda: it.combinations_with_replacement('abc', 2)),
    ('cwr-empty', lambda: it.combinations_with_replacement('', 2)),
    ('groupby', lambda: it.groupby('aaabbcdd')),
    ('groupby-key', lambda: it.groupby(range(10), third)),
    ('tee', lambda: it.tee('abcdef')[0]),
]

for name, mk in makers:
    i = mk()
    print(name, type(i).__name__, show(i.__reduce__()))
    next(i, None)
    next(i, None)
    print('  after 2', show(i.__reduce__()))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        for skip in (0, 1, 3, 20):
            a = mk()
            for _ in range(skip):
                if next(a, None) is None:
                    break
            b = pickle.loads(pickle.dumps(a, proto))
            assert type(b) is type(a), (name, proto, skip)
            ra, rb = take(b), take(a)
            if name.startswith('groupby'):
                ra = [(k, list(g)) for k, g in ra]
                rb = [(k, list(g)) for k, g in rb]
            assert ra == rb, (name, proto, skip, ra, rb)
    a = mk()
    next(a, None)
    c = copy.deepcopy(a)
    ra, rc = take(a), take(c)
    if name.startswith('groupby'):
        ra = [(k, list(g)) for k, g in ra]
        rc = [(k, list(g)) for k, g in rc]
    print('  deepcopy', rc == ra, rc[:6])

# Exhausted iterators.
for name, mk in makers:
    if name.startswith(('count', 'cycle', 'repeat-forever', 'islice-open')):
        continue
    i = mk()
    for _ in i:
        pass
    print('exhausted', name, show(i.__reduce__()), list(pickle.loads(pickle.dumps(i))))

# cycle: after the first pass the saved items and the position are the state.
c = it.cycle('abc')
for _ in range(4):
    next(c)
print(show(c.__reduce__()), take(pickle.loads(pickle.dumps(c)), 5))
c = it.cycle('ab')
c.__setstate__((['x', 'y', 'z'], True))
print(take(c, 7))
c = it.cycle('ab')
c.__setstate__((['x'], 0))
print(take(c, 5))

# groupby mid-group, and a pickled _grouper.
g = it.groupby('aabbbc')
k, grp = next(g)
next(grp)
print(show(g.__reduce__()), show(grp.__reduce__()))
grp2 = pickle.loads(pickle.dumps(grp))
print(list(grp2))
k2, grp3 = next(g)
print(k2, show(grp.__reduce__()), list(grp3))

# tee: both halves share the buffer; pickling keeps their positions.
a, b = it.tee(range(100))
for _ in range(60):
    next(a)
b2, a2 = pickle.loads(pickle.dumps((b, a)))
print(next(a2), next(b2), take(a2, 3), take(b2, 3), next(a), next(b))
dat = a.__reduce__()[2][0]
print(type(dat).__name__, show(dat.__reduce__())[:60])

# __setstate__ errors, with CPython's messages.
cases = [
    (lambda: it.cycle('ab'), [1, (1,), ([],), ([], 1, 2), ((), 1), ([], 'x'), ([], 1.5), ([], 2**70)]),
    (lambda: it.chain(), [1, (), (1,), (iter([]), 1), (iter([]), iter([]), 3)]),
    (lambda: it.permutations('abc'), [1, (1,), ((0, 1, 2),), ((0, 1, 2), [3, 2, 1]), ((0, 1), (3, 2, 1)),
                                      ((0, 1, 'x'), (3, 2, 1)), ((9, -9, 0), (0, 9, 9))]),
    (lambda: it.groupby('abc'), [1, (1,), (1, 2, 3, 4)]),
    (lambda: it.tee('abc')[0], [1, (1,), (1, 2), (it.tee('x')[0].__reduce__()[2][0], 58),
                                (it.tee('x')[0].__reduce__()[2][0], -1), (it.tee('x')[0].__reduce__()[2][0], 'x'),
                                (it.tee('x')[0].__reduce__()[2][0], 2**40)]),
    (lambda: it.product('ab', 'cd'), [1, (1,), (0, 5), (0, 'x'), (-3, 1)]),
    (lambda: it.combinations('abcd', 2), [1, (1,), (5, 5), (0, 'x'), (-3, 1)]),
    (lambda: it.combinations_with_replacement('abc', 2), [(5, 5), (-1, 1), ('a', 1)]),
    (lambda: it.islice('abcdef', 1, 5), [2, 'x', 2**70]),
    (lambda: it.dropwhile(is_odd, [1, 2, 3]), [1, 0, []]),
    (lambda: it.takewhile(is_odd, [1, 2, 3]), [1, 0]),
    (lambda: it.accumulate([1, 2, 3]), [10, None]),
    (lambda: it.zip_longest('ab', 'c'), ['*']),
]
for mk, states in cases:
    for st in states:
        i = mk()
        try:
            i.__setstate__(st)
            print('ok', type(i).__name__, show(st), take(i, 8) if not isinstance(i, it.groupby) else 'set')
        except Exception as e:
            print('error', type(i).__name__, show(st), type(e).__name__, e)

TD = type(it.tee('')[0].__reduce__()[2][0])
for args in [(iter([]), [], None), (iter([]), (), None), (iter([]), [1] * 58, None),
             (iter([]), [1], TD(iter([]), [], None)), (iter([]), [1] * 57, 5), (iter([]),)]:
    try:
        print(show(TD(*args).__reduce__()[1][1:]))
    except Exception as e:
        print(type(e).__name__, e)

try:
    pickle.dumps(it.pairwise('abc'))
except TypeError as e:
    print('TypeError', e)
print(repr(it.count(2**70)), repr(it.count(1.5)), repr(it.count(3, 1.0)), repr(it.count(True)))
