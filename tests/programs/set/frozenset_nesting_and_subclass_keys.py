# Deeply nested frozensets hash in linear time (each frozenset's hash is kept, as CPython keeps it); a set
# subclass instance is looked up in a set as the frozenset of its items; a frozenset subclass whose __init__
# takes keywords gets them.
import itertools

def zf_range(n):
    nums = [frozenset()]
    for i in range(n - 1):
        nums.append(frozenset(nums))
    return nums[:n]

def powerset(s):
    for i in range(len(s) + 1):
        yield from map(frozenset, itertools.combinations(s, i))

for n in (10, 14):
    t = 2 ** n
    u = len({h & (t - 1) for h in map(hash, powerset(zf_range(n)))})
    print(n, 4 * u > t)
deep = frozenset()
for i in range(2000):
    deep = frozenset([deep, i])
print(hash(deep) == hash(deep), len(deep))

class S(set):
    pass
s = {frozenset({1}), frozenset()}
print(S({1}) in s, S() in s)
s.discard(S({1}))
s.remove(S())
print(s)
try:
    s.remove(S({5}))
except KeyError as e:
    print('KeyError', e)

class WithInit(frozenset):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg
u = WithInit([1, 2], newarg=3)
print(type(u).__name__, sorted(u), u.newarg)
class Plain(frozenset):
    pass
try:
    Plain(sequence=())
except TypeError as e:
    print(e)
