# Tuple swaps and rotation idioms.
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [5, 6, 7, 8]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
def rotate(seq, k):
    k %= len(seq)
    return seq[k:] + seq[:k]
for k in range(-2, 6):
    print(k, rotate([1, 2, 3, 4], k), rotate("abcd", k))
def fib(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        out.append(a)
        a, b = b, a + b
    return out
print(fib(15))
m = [[1, 2, 3], [4, 5, 6]]
t = [list(row) for row in zip(*m)]
print(t)
x = y = []
x.append(1)
print(x, y)
x, y = [], []
x.append(1)
print(x, y)
def bubble(arr):
    arr = list(arr)
    for i in range(len(arr)):
        for j in range(len(arr) - 1 - i):
            if arr[j] > arr[j + 1]:
                arr[j], arr[j + 1] = arr[j + 1], arr[j]
    return arr
print(bubble([5, 2, 9, 1, 5, 6]))
