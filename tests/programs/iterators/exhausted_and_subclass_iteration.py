# An exhausted list or bytearray iterator stays exhausted when its sequence grows afterwards; a tuple or list
# subclass with its own __iter__ is iterated through it by list(), tuple() and extend().
a = [1, 2, 3]
done = iter(a)
live = iter(a)
for x in done:
    next(live)
a.append(9)
print(list(done), list(live), a)

b = bytearray(b'ab')
it = iter(b)
print(list(it))
b.append(99)
print(list(it), it.__length_hint__())

r = reversed(a)
print(list(r))
a.append(5)
print(list(r))

t = (1, 2)
ti = iter(t)
print(list(ti), list(ti))

class LyingTuple(tuple):
    def __iter__(self):
        yield 1

class LyingList(list):
    def __iter__(self):
        yield 1

print(list(LyingTuple((2,))), tuple(LyingTuple((2,))), list(LyingList([2])), tuple(LyingList([2])))
out = []
out.extend(LyingTuple((2, 3)))
print(out, sorted(LyingTuple((5, 4))), [*LyingTuple((7,))], (*LyingList([8]),))
print((lambda *a: a)(*LyingTuple((2, 3))), (lambda *a: a)(*LyingList([2, 3])))

import collections
P = collections.namedtuple('P', 'x y')
print(list(P(1, 2)), tuple(P(3, 4)), [*P(5, 6)])

try:
    [].pop(1, 2)
except TypeError as e:
    print(e)
try:
    [1].index()
except TypeError as e:
    print(e)
try:
    (1.5).__round__(1, 2)
except TypeError as e:
    print(e)
try:
    ValueError().__setstate__(1, 2)
except TypeError as e:
    print(e)
