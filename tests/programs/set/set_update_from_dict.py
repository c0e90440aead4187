# set(d), frozenset(d), s.update(d), {*d} for an exact dict: one resize up front (set_update_internal's dict
# path), then the keys in the dict's order; a dict subclass or a view is iterated instead.
ks = [1, 17, 33, 2, 18, 49, 65]
print(set(dict.fromkeys(ks)), set(ks), set(dict.fromkeys(ks).keys()))
print(set(dict.fromkeys(ks[:5])), set(ks[:5]))
s = {100}; s.update(dict.fromkeys(ks)); print(s)
print(dict.fromkeys(ks).keys() | set())
print(frozenset(dict.fromkeys(ks)))
print({*dict.fromkeys(ks)}, {*dict.fromkeys(ks), 7})
class D(dict): pass
print(set(D.fromkeys(ks)), frozenset(D.fromkeys(ks)))
# Strings: the table stays lazy through the up-front resize.
words = ['alpha', 'beta', 'gamma', 'delta', 'eps', 'zeta', 'eta', 'theta', 'iota']
print(set(dict.fromkeys(words)), set(words))
s = set(['x', 'y']); s.update(dict.fromkeys(words)); print(s)
s = set(); s.update({}); s.update(dict.fromkeys(words[:3])); print(s)
# Equal keys: the first one kept.
print(set(dict.fromkeys([1.0, 2, 3.0])) | {1, 2.0}, {1, 2.0, *dict.fromkeys([1.0, 2])})
print(set(dict.fromkeys([True, 0, 8, 16, 24, 32])))
# Keys of user types, with and without their own hash.
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n % 3
    def __eq__(self, o): return isinstance(o, K) and o.n == self.n
    def __repr__(self): return f'K{self.n}'
print(set(dict.fromkeys([K(i) for i in range(8)])))
# A set.update from an iterator that fails keeps what came before.
def gen():
    yield 5
    yield 6
    raise ValueError('stop')
s = {1}
try:
    s.update(gen())
except ValueError as e:
    print('ValueError', e, s)
class T(tuple):
    def __iter__(self): return iter([9, 8])
print(set(T((1, 2))), frozenset(T((1,))), {*T((1,))})
class L(list):
    def __iter__(self): return iter([7])
print(set(L([1])))
