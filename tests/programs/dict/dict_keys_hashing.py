# Keys: equal numeric keys collide, tuples and frozensets as keys, unhashables rejected.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: "bool first"}
d2[1] = "int second"
print(d2)
d3 = {0: "zero", -0.0: "neg zero", 0j: "complex zero", False: "false"}
print(d3)
print({(1, 2): "tuple", frozenset({1}): "frozenset", None: "none", "s": "str", b"s": "bytes"})
for bad in [[1], {1: 2}, {1}, bytearray(b"x"), ([],)]:
    try:
        {bad: 1}
    except TypeError as e:
        print("TypeError:", e)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return f"K({self.v})"
kd = {K(1): "one", K(2): "two"}
print(kd[K(1)], K(3) in kd, kd.get(K(2)))
class Mutable:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == o.v
m = Mutable(1)
md = {m: "value"}
m.v = 2
print(m in md, Mutable(1) in md, Mutable(2) in md, len(md))
nan = float("nan")
nd = {nan: 1}
nd[nan] = 2
nd[float("nan")] = 3
print(len(nd), nd[nan])
print({1: "a", 1.5: "b"}[1.5], {2 ** 64: "big"}[2.0 ** 64], {"é": 1}["e\u0301".replace("e\u0301", "é")])
