# A bitset class over a Python int, and a Bloom filter with hand-written hash functions.
class BitSet:
    def __init__(self, bits=0):
        self.bits = bits
    def add(self, i):
        self.bits |= 1 << i
    def discard(self, i):
        self.bits &= ~(1 << i)
    def __contains__(self, i):
        return self.bits >> i & 1 == 1
    def __iter__(self):
        b, i = self.bits, 0
        while b:
            if b & 1:
                yield i
            b >>= 1
            i += 1
    def __len__(self):
        return bin(self.bits).count("1")
    def __or__(self, o): return BitSet(self.bits | o.bits)
    def __and__(self, o): return BitSet(self.bits & o.bits)
    def __sub__(self, o): return BitSet(self.bits & ~o.bits)
    def __repr__(self): return "BitSet(" + repr(list(self)) + ")"
a, b = BitSet(), BitSet()
for i in [1, 3, 5, 64, 200]:
    a.add(i)
for i in [3, 4, 5, 300]:
    b.add(i)
print(a, b, len(a), 64 in a, 65 in a)
print(a | b, a & b, a - b, (a | b).bits.bit_length())
a.discard(64)
print(a, a.bits)
def fnv1a(s, seed=0):
    h = 0xcbf29ce484222325 ^ seed
    for byte in s.encode():
        h ^= byte
        h = (h * 0x100000001b3) % 2 ** 64
    return h
class Bloom:
    def __init__(self, m, k):
        self.m, self.k, self.bits = m, k, 0
    def _positions(self, item):
        h1, h2 = fnv1a(item), fnv1a(item, 0x9e3779b97f4a7c15)
        return [(h1 + i * h2) % self.m for i in range(self.k)]
    def add(self, item):
        for p in self._positions(item):
            self.bits |= 1 << p
    def __contains__(self, item):
        return all(self.bits >> p & 1 for p in self._positions(item))
bf = Bloom(512, 4)
words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()
for w in words:
    bf.add(w)
print(all(w in bf for w in words), fnv1a("hello"), fnv1a("hello", 1) != fnv1a("hello"))
probes = [f"word{i}" for i in range(200)]
false_pos = [p for p in probes if p in bf]
print("false positives:", len(false_pos), false_pos[:5], "bits set:", bin(bf.bits).count("1"))
