# Sequence operators: concatenation, repetition, comparisons.
print("ab" + "cd", [1] + [2, 3], (1,) + (2,))
print("-" * 10, [None] * 3, (0, 1) * 2)
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a")
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], (2,) > (1, 9, 9))
print([1, [2, 3]] == [1, [2, 3]], [1, 2] != [2, 1])
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] + (2,))
except TypeError as e:
    print("TypeError:", e)
try:
    print((1,) + [2])
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" * "b")
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 + "a")
except TypeError as e:
    print("TypeError:", e)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
s = ""
for i in range(5):
    s += str(i) * i
print(s, len(s))
print("%s and %s" % ("x", "y"), "a,b" + ",c" * 2)
print(max("apple", "banana", "cherry"), min([3, 1], [2, 9]))
