# Lazy generator expressions versus eager list comprehensions.
log = []
def noisy(x):
    log.append(x)
    return x * 10
eager = [noisy(x) for x in range(3)]
print("after list comp:", log)
log.clear()
lazy = (noisy(x) for x in range(3))
print("after genexp:", log)
print(next(lazy), log)
print(list(lazy), log)
log.clear()
print(any(noisy(x) > 10 for x in range(5)), log)
log.clear()
print(any([noisy(x) > 10 for x in range(5)]), log)
big = (x for x in range(10 ** 12))
print(next(big), next(big))
print(sum(1 for x in range(1000) if x % 7 == 0))
g = (x for x in [])
print(list(g), type(g).__name__)
sets = [{1, 2}, {2, 3}, {3, 4}]
print(sorted(set().union(*sets)), sorted(set.intersection(*[s | {9} for s in sets])))
print(dict(zip("ab", (n * n for n in range(2)))))
