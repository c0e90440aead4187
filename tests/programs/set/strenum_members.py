# StrEnum and IntEnum members in sets, dicts and `in` tests: equal to their values, found through them and finding them,
# also in a set of strs never hashed yet (and `member in str`, which takes any str).
import enum
class E(enum.StrEnum):
    X = 'x'; Y = 'y'
class I(enum.IntEnum):
    ONE = 1
s = {'x', 'z'}
print(E.X in s, E.Y in s, 'x' in {E.X}, {E.X} == {'x'}, {'x', 'y'} - {E.X}, {'x'} & {E.X, E.Y}, frozenset({'x'}) >= {E.X})
s2 = {'x', 'y'}; s2.discard(E.X); print(s2); s3 = {'a', 'x'}; s3.remove(E.X); print(s3)
print(I.ONE in {1, 2}, 1 in {I.ONE}, {1} == {I.ONE}, I.ONE in frozenset({1.0}))
d = {'x': 1}; print(E.X in d, d.get(E.X), d.pop(E.X), d)
print(E.X in ['x'], E.X in ('x',), 'x' in [E.X], E.X in 'axe', E.Y in 'axe', E.X in E.X, E('x') in 'x')
print(sorted({E.X, 'x', 'a'} , key=str), len({E.X, 'x'}))
