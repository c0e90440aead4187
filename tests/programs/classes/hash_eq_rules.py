# __hash__ and __eq__ interplay: defining __eq__ disables hashing.
class NoEq: pass
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqOnly) and self.v == o.v
class EqHash(EqOnly):
    def __hash__(self): return hash(self.v)
class Inherits(EqHash):
    pass
class Redefines(EqHash):
    def __eq__(self, o): return False
print(NoEq.__hash__ is not None, EqOnly.__hash__, EqHash.__hash__ is not None)
print(Inherits.__hash__ is EqHash.__hash__, Redefines.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
s = {EqHash(1), EqHash(1), EqHash(2)}
print(len(s), EqHash(1) in s, EqHash(3) in s)
d = {EqHash("k"): "value"}
print(d[EqHash("k")])
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)
from_list = [EqOnly(1), EqOnly(2)]
print(EqOnly(2) in from_list, from_list.index(EqOnly(2)), from_list.count(EqOnly(1)))
class BadHash:
    def __hash__(self): return "not an int"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
print(hash(-1), hash(-2), hash(0) == hash(0.0) == hash(False))
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return 1
    def __eq__(self, o): return self.k == o.k
dd = {Key(i): i for i in range(5)}
print(len(dd), dd[Key(3)])
