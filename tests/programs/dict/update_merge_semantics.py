# dict.update / dict() / |= / {**x}: dict_update_arg and dict_merge (CPython 3.11): mappings by keys() unless
# their iteration is dict's own, sequences of pairs through PySequence_Fast, a merge source mutated midway.
import collections
od = collections.OrderedDict([('a', 1), ('b', 2)])
od.move_to_end('a')
print(dict(od), {**od})
d = {}
try: d.update("BAD")
except Exception as e: print(type(e).__name__, e)
try: d |= "BAD"
except Exception as e: print(type(e).__name__, e)
try: d.update([1])
except Exception as e: print(type(e).__name__, e)
d.update(["ab", (1, 2)]); print(d)
class X:
    def __hash__(self): return 0
    def __eq__(self, o):
        other.clear(); return False
other = dict([(i, 0) for i in range(1, 100)]); other[X()] = 0
d = {X(): 0, 1: 1}
try: d.update(other)
except RuntimeError as e: print(e)
class K:
    def __init__(self): self.keys = lambda: ['x']
    def __getitem__(self, k): return 42
print(dict(K()))
class CD(dict):
    def keys(self): return ['q']
    def __getitem__(self, k): return 5
print(dict(CD(a=1)))
class CD2(dict):
    def __iter__(self): return iter(['q'])
    def keys(self): return ['z']
    def __getitem__(self, k): return 5
print(dict(CD2(a=1)))
