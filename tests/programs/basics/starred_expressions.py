# Starred expressions in displays and calls.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b})
print([*"hi", *range(3)])
d1 = {"x": 1}
d2 = {"y": 2, "x": 3}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1})
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*a, 5, *b))
print(f(**d1, w=9))
print(f(*[], **{}))
first, *middle, last = *a, *b, 5
print(first, middle, last)
t = *a,
print(t)
nested = [[1, 2], [3], []]
print([*nested[0], *nested[1], *nested[2]])
print(*a, sep="-")
print(*"abc", *[1, 2])
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
for x, *ys in [(1, 2, 3), (4,), "ab"]:
    print(x, ys)
