# A __hash__ result that fits in a Py_hash_t is hash()'s value as it is (slot_tp_hash), so that returning
# hash(y) hashes as y; -1 becomes -2; a larger int is hashed as an int; bools and int subclasses count as ints.
class A:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


class I(int):
    pass


for v in [2**62, -2**63, 2**63, -2**63 - 1, 2**64, -1, 0, 2**61 - 1, 2**61, -(2**61), 2**53 + 1,
          True, False, I(7), I(-1), I(2**62)]:
    print(repr(v), hash(A(v)))

print(hash(A(hash("abc"))) == hash("abc"), hash(A(hash(2**70))) == hash(2**70))
d = {A(2**62): 'x'}
print(len(d), {hash(k) for k in d})

for bad in [1.5, "x", None]:
    try:
        hash(A(bad))
    except TypeError as e:
        print(type(bad).__name__, e)
