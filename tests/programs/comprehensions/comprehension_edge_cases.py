# Edge cases: side effects, exceptions, iterators consumed, walrus.
calls = []
def f(v):
    calls.append(v)
    return v
res = [f(x) for x in range(3) if f(-x) <= 0]
print(res, calls)
it = iter(range(6))
pairs = [(a, next(it)) for a in it]
print(pairs)
try:
    [1 / x for x in (1, 0)]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
data = [5, 3, 8]
total = 0
running = [total := total + d for d in data]
print(running, total)
print([y for x in range(5) if (y := x * x) % 2])
print([(x, y) for x in range(3) for y in range(3) if x != y and not (x == 0 and y == 2)])
print([[0] * n for n in range(4)])
print(list(zip(*[iter("abcdef")] * 2)))
print([c for c in "hello" if c not in "aeiou"])
print(sum([x for x in range(101)]), max([len(s) for s in ["a", "abc", "ab"]]))
print([(lambda v: v + 1)(x) for x in range(3)])
print([str(x) for x in b"AB"], [x for x in {"k1": 1, "k2": 2}])
print([x for x in reversed(range(5)) if x], sorted([x for x in "zyx"]))
