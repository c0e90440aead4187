# Slice assignment and deletion semantics with extended slices and negative steps.
a = list(range(10))
a[::3] = ["x"] * 4
print(a)
b = list(range(10))
b[::-3] = "ABCD"
print(b)
c = list(range(10))
del c[1::2]
print(c)
d = list(range(10))
del d[::-2]
print(d)
e = list(range(5))
e[10:20] = ["tail"]
e[-10:0] = ["head"]
print(e)
f = list(range(5))
f[3:1] = ["inserted"]
print(f)
g = list(range(6))
try:
    g[::2] = [1, 2]
except ValueError as err:
    print("ValueError:", err)
h = list(range(6))
h[slice(1, 5, 2)] = ("p", "q")
print(h)
s = slice(None, None, -1)
print("abcdef"[s], tuple(range(4))[s], list("xyz")[s], s.indices(6))
ba = bytearray(b"abcdef")
ba[::2] = b"XYZ"
del ba[1::3]
print(ba)
