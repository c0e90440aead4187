class K:
    def __init__(self, v, s=None): self.v = v; self.s = s
    def __hash__(self): return 1
    def __eq__(self, o):
        if self.s is not None:
            self.s.clear()
        return False
    def __repr__(self): return 'K%d' % self.v
s = set()
s.add(K(1)); s.add(K(2, s)); print(s, len(s))
s = {K(1), K(2), 5, 7}
k = K(3, s)
print(k in s, len(s))
s = {K(1), 1, 2}
s.add(K(4, s)); print(len(s), s)
class E:
    def __hash__(self): return 2
    def __eq__(self, o): raise RuntimeError('eq boom')
s = {E()}
try: s.add(E())
except RuntimeError as e: print(e, len(s))
try: print(2 in s)
except RuntimeError as e: print('in', e)
s = {2, 3}
try: print(E() in s)
except RuntimeError as e: print('in2', e)
class MyInt(int): pass
print(len({1, MyInt(1)}), MyInt(1) in {1}, 1 in {MyInt(1)}, {MyInt(2), 2}, {2, MyInt(2)})
t = {(1, 2), (2, 1), (1, 2), ('a', 1), (1.0, 2.0)}; print(t, (1, 2) in t, (1.0, 2) in t, (3,) in t)
t.discard((1.0, 2.0)); print(t); t.remove(('a', 1)); print(t, t.pop(), t)
try: t.remove((9,))
except KeyError as e: print('KeyError', e)
try: {[1]}
except TypeError as e: print(e)
try: [] in {1}
except TypeError as e: print(e)
try: set().discard({})
except TypeError as e: print(e)
print(frozenset({1, 2}) in {frozenset({1, 2})}, {1, 2} in {frozenset({1, 2})})
u = {(i, i * 2) for i in range(200)}
for i in range(0, 200, 3): u.discard((i, i * 2))
print(len(u), list(u)[:12], (5, 10) in u, (6, 12) in u)
class P:
    def __init__(self, x): self.x = x
    def __hash__(self): return hash(self.x)
    def __eq__(self, o): return self.x == (o.x if isinstance(o, P) else o)
    def __repr__(self): return 'P(%r)' % self.x
m = {P(1), 1, P(2.5), 2.5, 2.0, P(2)}
print(m, len(m), P(2) in m, 2 in m, 2.5 in m, P(2.5) in m); m.discard(2.5); print(m); m.add(2.5); print(m)
class HV:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
    def __eq__(self, o): return isinstance(o, HV) and o.h == self.h
    def __repr__(self): return 'HV(%d)' % self.h
hv = [HV(h) for h in (2**31 + 5, 2**32 - 1, -5, -2**31, 2**40 + 2**31, -(2**45) - 7, 0, 2**60)]
hs = set(hv)
print(hs, all(HV(h.h) in hs for h in hv), HV(3) in hs, frozenset() in {frozenset()}, set() in {frozenset()})
for h in hv[::2]: hs.remove(HV(h.h))
print(hs, len(hs))
big = {2**31 + i for i in range(40)} | {-(2**31) - i for i in range(40)}
print(list(big)[:20], 2**31 + 3 in big, -(2**31) - 39 in big, 2**31 + 40 in big)
