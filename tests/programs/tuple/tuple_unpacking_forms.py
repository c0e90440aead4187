# Every tuple unpacking form and its errors.
t = (1, 2, 3, 4, 5)
a, b, c, d, e = t
print(a, e)
a, *b = t
print(a, b)
*a, b = t
print(a, b)
a, *b, c = t
print(a, b, c)
(a, b), (c, *d) = (1, 2), (3, 4, 5)
print(a, b, c, d)
[a, (b, [c, d])] = (1, (2, [3, 4]))
print(a, b, c, d)
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x + y + z)
for bad, src in [("a, b = t", "too many"), ("a, b, c, d, e, f = t", "too few"), ("a, *b, c, d, e, f, g = t", "starred too few"),
                 ("a, b = 1", "not iterable"), ("(a, b), c = (1, 2, 3), 4", "nested")]:
    try:
        exec(bad, {"t": t})
    except (ValueError, TypeError) as err:
        print(src, "->", type(err).__name__ + ":", err)
first, *_, last = range(100)
print(first, last)
head, *tail = "x"
print(head, tail)
x = y = z = (7, 8)
print(x is y is z)
