# hash(): numeric hash equalities and hashability (never printing str hashes).
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j))
print(hash(0) == hash(0.0) == hash(-0.0) == hash(False) == hash(0j))
print(hash(-1), hash(-2), hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(0.5), hash(-0.5), hash(1.5), hash(1e100) == hash(10 ** 100), hash(float(2 ** 70)) == hash(2 ** 70))
print(hash(float("inf")), hash(float("-inf")), hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(()))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(range(0)) == hash(range(5, 5)))
print(hash(3 + 4j) == hash(complex(3, 4)), hash(None) == hash(None), hash(...) == hash(Ellipsis))
print(hash("abc") == hash("abc"), hash(b"abc") == hash(b"abc"), hash("a" + "bc") == hash("abc"))
for v in [[], {}, set(), bytearray(), slice(1, 2), ([1],)]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
class H:
    def __hash__(self): return 12345
print(hash(H()))
class Big:
    def __hash__(self): return 2 ** 100
print(hash(Big()) == hash(2 ** 100))
class Neg:
    def __hash__(self): return -1
print(hash(Neg()))
from_int = hash(10 ** 30)
print(from_int == hash(10 ** 30 % (2 ** 61 - 1)), type(hash(1.5)).__name__)
