# Slicing, slice assignment and deletion on lists.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[-1:-4:-1], a[100:], a[5:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[:0] = [-2, -1]
print(b)
b[len(b):] = [98, 99]
print(b)
b[::2] = range(len(b[::2]))
print(b)
b[1:3] = []
print(b)
del b[::3]
print(b)
del b[-2:]
print(b)
c = [1, 2, 3]
c[1:2] = c
print(c)
d = list(range(6))
d[4:1:-1] = "abc"
print(d)
for bad in [lambda: d.__setitem__(slice(None, None, 2), [1]), lambda: d.__setitem__(slice(0, 2), 5),
            lambda: d[::0], lambda: d.__setitem__(10, 1), lambda: d["a"]]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
e = [0] * 5
e[1:4] = iter([7, 8])
print(e)
f = list(range(20))
print(f[slice(2, 18, 4)], f[slice(None)], f[-2 ** 70:2 ** 70:2 ** 60])
m = [[0] * 3 for _ in range(3)]
m[1][1:] = [5, 5]
print(m, [row[1:] for row in m])
