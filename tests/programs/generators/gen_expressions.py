# Generator expressions: scoping, laziness, single use.
nums = [1, 2, 3, 4, 5, 6]
evens = (n for n in nums if n % 2 == 0)
print(next(evens))
nums.append(8)
print(list(evens))
print(list(evens))
sq = (x * x for x in range(5))
print(sum(sq), sum(sq))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
def lazy_log(x):
    print("evaluating", x)
    return x
g = (lazy_log(x) for x in range(3))
print("created")
print(next(g))
print("after first")
print(list(g))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
late = (y for y in range(3) if undefined_name) if False else None
print(late)
g2 = (1 / x for x in [1, 0, 2])
print(next(g2))
try:
    next(g2)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(g2))
pairs = dict((k, len(k)) for k in ["a", "bb", "ccc"])
print(pairs)
print(any(c.isdigit() for c in "abc1"), "".join(sorted(c for c in "generator")))
