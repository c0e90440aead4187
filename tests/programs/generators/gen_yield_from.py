# yield from: delegation of values, send, throw and return values.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got return value", r)
    yield "outer-done"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node
print(list(flatten([1, [2, [3, 4], 5], [[6]], 7])))
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("catcher caught", e)
def delegator():
    yield from catcher()
d = delegator()
next(d)
d.throw(ValueError("through delegation"))
d.close()
print("closed")
def gen_return(v):
    return v
    yield
def collect():
    results = []
    for i in range(3):
        results.append((yield from gen_return(i * 10)))
    return results
c = collect()
try:
    next(c)
except StopIteration as e:
    print("collected", e.value)
def from_iterables():
    yield from "ab"
    yield from [1, 2]
    yield from range(3, 5)
    yield from {"k": "v"}
print(list(from_iterables()))
