# enumerate: start values, laziness, repr-free usage, errors.
en0 = enumerate("abc")
print(type(en0).__name__, next(en0), list(en0), list(en0))
print(list(enumerate("xy", 10)), list(enumerate("xy", start=-1)), list(enumerate([], 5)))
print(list(enumerate(range(3), 2 ** 70)))
print(dict(enumerate("hello")))
for i, (a, b) in enumerate(zip("ab", "cd"), 1):
    print(i, a, b)
it = iter([10, 20, 30])
en = enumerate(it)
print(next(en), next(it), next(en))
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate("a", "b")
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate("a", start=1.5)
except TypeError as e:
    print("TypeError:", e)
print(iter(en0) is en0, hasattr(en0, "__next__"))
print(list(enumerate(enumerate("ab"))))
print(sorted(enumerate("cab"), key=lambda p: p[1]))
print(max(enumerate([3, 9, 2]), key=lambda p: p[1]))
