# is / is not / in / not in across types.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
print(1 in [1, 2], 3 in (1, 2), "ell" in "hello", "" in "abc", b"b" in b"abc")
print(2 in {1: "a", 2: "b"}, "a" in {1: "a"})
print(5 in range(0, 10, 5), 7 in range(0, 10, 5))
print(3 in {1, 2, 3}, 1.0 in {1}, True in {1})
print([1] in [[1], [2]], (1,) in [[1]])
class Bag:
    def __contains__(self, item):
        print("contains?", item)
        return item % 2 == 0
print(4 in Bag(), 3 in Bag(), 3 not in Bag())
class Seq:
    def __getitem__(self, i):
        if i >= 5: raise IndexError
        return i * 10
print(20 in Seq(), 25 in Seq())
class It:
    def __iter__(self): return iter("xyz")
print("y" in It(), "w" in It())
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError:", e)
try:
    print([] in {1})
except TypeError as e:
    print("TypeError:", e)
x = float("nan")
print(x in [x], x in [float("nan")])
print(tuple() == (), "" == "", None is not None)
