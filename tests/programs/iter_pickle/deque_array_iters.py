# Pickling deque iterators (forward and reversed) and array iterators; a mutated deque's iterator.
import array
import collections
import copy
import pickle

for mk in (lambda: iter(collections.deque('abcde')), lambda: reversed(collections.deque('abcde')),
           lambda: iter(array.array('i', [1, 2, 3, 4])), lambda: iter(array.array('u', 'xyz'))):
    i = mk()
    r = i.__reduce__()
    print(type(i).__name__, type(r[0]).__name__, r[1][1:], r[2:], i.__length_hint__())
    next(i)
    r = i.__reduce__()
    print('  after next', r[1][1:], r[2:], i.__length_hint__())
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        for skip in range(6):
            a = mk()
            for _ in range(skip):
                next(a, None)
            b = pickle.loads(pickle.dumps(a, proto))
            assert type(b) is type(a)
            assert list(b) == list(a), (proto, skip)
    a = mk()
    next(a)
    print('  copy', list(copy.copy(a)), list(copy.deepcopy(a)), list(a))
    print('  exhausted', i.__reduce__()[1][1:], list(pickle.loads(pickle.dumps(i))))

d = collections.deque([1, 2, 3])
i = iter(d)
next(i)
d.append(4)
try:
    next(i)
except RuntimeError as e:
    print('RuntimeError', e)
print(type(i).__name__, i.__reduce__()[1][1], i.__length_hint__())
DI = type(iter(collections.deque()))
print(list(DI(collections.deque('abcd'), 2)), list(type(reversed(collections.deque()))(collections.deque('abcd'), 1)))
