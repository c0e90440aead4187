# Assignment forms: chained, tuple, nested, starred unpacking.
a = b = c = 7
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
print(p, q, r)
first, *rest = [10, 20, 30, 40]
print(first, rest)
*init, last = "hello"
print(init, last)
h, *mid, t = range(6)
print(h, mid, t)
a, *b = (1,)
print(a, b)
[m, n] = "ab"
print(m, n)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
d = {}
d["a"], d["b"] = "AB"
print(d)
s = [1, 2, 3, 4, 5]
s[1:3] = ["x"]
print(s)
s[::2] = [7, 8]
print(s)
try:
    s[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
