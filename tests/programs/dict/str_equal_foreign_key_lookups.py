# A key that hashes and compares equal to a str is found by str lookups that skip the general path:
# exec's LOAD_NAME/LOAD_GLOBAL, and an iterator's __reduce__ finding builtins.iter.
import builtins
class CustomStr:
    def __init__(self, name): self.name = name
    def __hash__(self): return hash(self.name)
    def __eq__(self, other): return other == self.name
d = {CustomStr('x'): 1}
print(d['x'], 'x' in d, d.get('x'))
g = {CustomStr('y'): 5, '__builtins__': builtins}
exec("print(y)", g)
orig = builtins.iter
del builtins.__dict__['iter']
builtins.__dict__[CustomStr('iter')] = orig
try:
    print(iter([1]).__reduce__()[0] is orig)
    print(iter)
finally:
    for k in list(builtins.__dict__):
        if isinstance(k, CustomStr): del builtins.__dict__[k]
    builtins.iter = orig
