# list.sort and sorted: stability, keys, reverse, errors.
records = [("ann", 3), ("bob", 1), ("cid", 3), ("dee", 2), ("eve", 1), ("fay", 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
s = sorted(records, key=lambda r: r[0], reverse=True)
s.sort(key=lambda r: r[1])
print(s)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort(key=abs); print(nums)
nums.sort(key=lambda v: (v < 0, abs(v))); print(nums)
print(sorted([3, 1, 2], reverse=False), sorted((1.5, 1, True, 0)), sorted("hello"), sorted({3: 0, 1: 0}))
print(sorted([[2, 1], [1, 2], [1, 1, 0], [1]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
try:
    sorted([1, "x", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 1].sort(lambda v: v)
except TypeError as e:
    print("TypeError:", e)
lst = [3, 2, 1]
def bad_key(v):
    lst.append(v)
    return v
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e)
print(lst)
class Item:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self): return f"I{self.v}"
print(sorted([Item(3), Item(1), Item(2)]), max([Item(3), Item(5)], key=lambda i: i.v))
big = [(i * 7919) % 1000 for i in range(2000)]
print(sorted(big)[:10], sorted(big)[-5:], sorted(big) == sorted(big, reverse=True)[::-1])
print(sorted([0.0, -0.0, 0]), sorted([float("inf"), 1, -float("inf")]))
