# Comparing ints with floats and other types exactly.
print(2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 == 2.0 ** 53)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -10 ** 400 > float("-inf"))
print(1 == 1.0, 1 == 1.0000000000000001, 0 == -0.0, 3 < 3.5 < 4)
print(float("nan") == 0, 0 < float("nan"), 5 != float("nan"))
print(hash(1) == hash(1.0), hash(2 ** 61 - 1) == hash(float(2 ** 61 - 1)) or "diff", hash(-1) == hash(-1.0))
print(hash(0.5), hash(1.5), hash(-0.5), hash(2 ** 61), hash(2 ** 61 + 1))
print(hash(float("inf")), hash(float("-inf")), hash(10 ** 20), hash(1e20))
print({1: "int", 1.0: "float", True: "bool"})
print(sorted([3, 1.5, True, -2, 0.0, 2 ** 70, -1e30]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(1 in [1.0], 1.0 in {1}, True in {1: 2})
print(int.__eq__(1, 1.0), (1).__eq__(1.0), (1.0).__eq__(1))
print(7 == 7 + 0j, 2 ** 64 == complex(2 ** 64, 0))
try:
    print(1 < 1j)
except TypeError as e:
    print("TypeError:", e)
print(5 > True, 0 == False, (1 == 1) + (2 == 2))
