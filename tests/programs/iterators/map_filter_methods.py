# map and filter: multiple iterables, None predicate, laziness.
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [5, 2])), list(map(lambda *a: a, "ab", "xyz")))
m = map(str.upper, "abc")
print(type(m).__name__, next(m), list(m), list(m))
print(list(map(int, "123")), list(map(len, ["a", "bb", ""])))
print(list(filter(None, [0, 1, "", "x", [], [0], None])))
print(list(filter(lambda v: v % 3 == 0, range(20))))
print(list(filter(str.isdigit, "a1b2c3")))
f = filter(bool, [1, 0, 2])
print(type(f).__name__, list(f), list(f))
log = []
def sq(x):
    log.append(x)
    return x * x
lazy = map(sq, range(5))
print(log, next(lazy), log)
print(sum(map(sq, range(4))), log)
try:
    map(len)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(len, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    filter(len)
except TypeError as e:
    print("TypeError:", e)
try:
    list(filter(5, [1]))
except TypeError as e:
    print("TypeError:", e)
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(filter(lambda s: s and s[0] == "b", ["", "bee", "ant", "bug"])))
print(dict(map(lambda kv: (kv[1], kv[0]), {"a": 1, "b": 2}.items())))
