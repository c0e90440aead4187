# Operators and builtins applied to lists.
a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, 2 * b, a == [1, 2, 3], a != b, a < b, [1, 2] < [1, 2, 0], [] < [0])
print(len(a), sum(a), max(a), min(b), 2 in a, 9 not in a, a.__contains__(3), list(reversed(a)))
print([1, [2, 3]] == [1, [2, 3]], [1, 2] == (1, 2), [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan], [nan].count(nan), [nan].index(nan))
c = a
c += b
print(a, c is a)
d = a
d = d + [0]
print(a, d is a)
try:
    a + (1,)
except TypeError as e:
    print("TypeError:", e)
a += (6, 7)
print(a)
try:
    a * 1.5
except TypeError as e:
    print("TypeError:", e)
print(list(), list("abc"), list({"x": 1}), list(range(3)), list((1,)), list(x * 2 for x in range(3)))
print(any([0, 0, 1]), all([1, 1, 0]), sorted([3, 1, 2]), enumerate(["a"]).__next__())
nested = [[1, 2], [3, 4]]
copy = list(nested)
copy[0].append(99)
print(nested, copy[0] is nested[0])
deep = [row[:] for row in nested]
deep[1].append(100)
print(nested, deep)
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
print([1, 2, 3].__len__(), [].__bool__() if hasattr([], "__bool__") else bool([]), [0] * 3 is not None)
