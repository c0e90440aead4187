# Builtins that consume a generator (sum, list, tuple, join, sorted, min, max, any, all, dict, set, zip, map,
# enumerate, next) see its items, its end, its errors and PEP 479 as from a for loop, and cannot re-enter it.
def squares(n):
    for i in range(n):
        yield i * i


print(sum(squares(10)), list(squares(5)), tuple(squares(3)), "-".join(str(x) for x in squares(4)))
print(sorted(squares(6), reverse=True), min(squares(5)), max(squares(5)), any(x > 10 for x in squares(5)),
      all(x < 100 for x in squares(10)))
print(dict((x, x % 3) for x in squares(4)), sorted(set(x % 4 for x in squares(10))), list(zip(squares(3), "abc")))
print(list(map(lambda x: -x, squares(4))), list(enumerate(squares(3), 1)), sum(x for x in () if x), list(squares(0)))


def stops_early():
    yield 1
    raise StopIteration("inside")


try:
    sum(stops_early())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def fails():
    yield 1
    yield 2
    raise ValueError("third")


try:
    list(fails())
except ValueError as e:
    print("ValueError:", e)

g = squares(3)
print(list(g), list(g), next(g, "done"))


def reentrant():
    yield sum(gen)


gen = reentrant()
try:
    next(gen)
except ValueError as e:
    print("ValueError:", e)


def returns_value():
    yield 1
    return "result"


it = returns_value()
print(list(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value)

# sum() of ranges (read directly) and of range iterators part-consumed, with ints past 2**53 and other starts.
it = iter(range(10))
next(it)
print(sum(range(100)), sum(range(10, 0, -3)), sum(range(5), 10), sum(range(3), 0.5), sum(it), list(it))
print(sum(range(2**53 - 2, 2**53 + 3)), sum(range(2**60, 2**60 + 3)), sum(range(-5, 5)), sum(range(0)))

# next() of list, tuple and range iterators and of generators, with and without a default.
li, ti, ri = iter([1, 2]), iter((3,)), iter(range(2))
print(next(li), next(li), next(li, "end"), next(ti), next(ti, None), next(ri), next(ri), next(ri, -1))
for it in (li, ti, ri):
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration", e.args)
g = returns_value()
print(next(g), next(g, "default"), next(g, "again"))
g = returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
