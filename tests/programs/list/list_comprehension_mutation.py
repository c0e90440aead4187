# Modifying lists while iterating: pitfalls shown safely.
nums = list(range(10))
evens = [n for n in nums if n % 2 == 0]
nums[:] = [n for n in nums if n % 3]
print(evens, nums)
lst = [1, 2, 3, 4, 5, 6]
i = 0
while i < len(lst):
    if lst[i] % 2 == 0:
        del lst[i]
    else:
        i += 1
print(lst)
lst = [1, 2, 3]
for x in lst:
    if len(lst) < 6:
        lst.append(x * 10)
print(lst)
lst = [5, 6, 7]
for i in range(len(lst) - 1, -1, -1):
    if lst[i] == 6:
        lst.pop(i)
print(lst)
grid = [[1, 2, 3], [4, 5, 6]]
for row in grid:
    row.reverse()
print(grid)
for i, row in enumerate(grid):
    grid[i] = [v * 10 for v in row]
print(grid)
a = [1, 2, 3]
b = a
a = a + [4]
print(a, b)
a = b
a.extend([4])
print(a, b)
