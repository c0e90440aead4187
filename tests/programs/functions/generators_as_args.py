# Generator expressions as sole argument, sum/any/all/min/max/sorted on them.
print(sum(x * x for x in range(10)))
print(max(len(w) for w in "a bb ccc dd".split()))
print(sorted((c for c in "hello"), reverse=True))
print(list(str(i) for i in range(5)))
print("".join(ch.upper() for ch in "abc" if ch != "b"))
print(dict((i, i ** 2) for i in range(4)))
print(any(x > 8 for x in range(10)), all(x < 8 for x in range(10)))
print(min((abs(x - 5), x) for x in [1, 4, 7, 9]))
print(tuple(x for x in "xyz"), set(x % 3 for x in range(10)))
def takes(gen, factor=1):
    return [v * factor for v in gen]
print(takes((i for i in range(3)), factor=10))
print(sum(i for i in range(100) if i % 7 == 0))
g = (n for n in range(3))
print(next(g), list(g), list(g))
def consume(*args):
    return args
print(consume(*(i * 2 for i in range(3))))
