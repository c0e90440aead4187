import enum
class I(int): pass
class J(int):
    def __eq__(self, o): return int(self) == o
    __hash__ = int.__hash__
class E(enum.IntEnum):
    A = 10
for k in (I(5), J(5), E.A):
    d = {k: 'v'}
    n = int(k)
    print(type(k).__name__, n in d, d.get(n), {n: 'w'}.get(k), n in {k}, k in {n})
class I(int): pass
class S(str): pass
class Color(str, enum.Enum):
    RED = 'red'
class E(enum.IntEnum):
    A = 10
d = {E.A: 'a', Color.RED: 'r', I(3): 'i', S('k'): 's', 7: 'seven', 'x': 'ex'}
print(d[10], d['red'], d[3], d['k'], d[I(7)], d[S('x')])
d[10] = 'A2'; d['red'] = 'R2'; d[I(7)] = 'S2'
print(len(d), list(d.items()))
del d[3]; del d['k']; del d[I(7)]
print(len(d), list(d.keys()), 3 in d, 'k' in d, 7 in d)
print(d.pop(10), d.pop('red'), d)
from collections import Counter
c = Counter([E.A, 10, E.A])
print(c)
