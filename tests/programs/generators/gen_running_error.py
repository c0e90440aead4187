# A generator cannot be re-entered while running; other generator misuse.
def self_ref():
    yield g.send(None)
g = self_ref()
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
def simple():
    yield 1
    yield 2
s = simple()
print(s.send(None), s.send("ignored"))
try:
    s.send(None)
except StopIteration:
    print("done")
def gen():
    x = yield 1
    print("received", x)
    yield x * 2
g2 = gen()
print(next(g2), g2.send(21))
try:
    g2.throw(ValueError)
except ValueError as e:
    print("ValueError from class, args:", e.args)
g3 = gen()
try:
    g3.throw(ValueError("msg"), None, None)
except ValueError as e:
    print("three-arg throw:", e)
try:
    simple().throw(42)
except TypeError as e:
    print("TypeError:", e)
print(iter(s) is s, hasattr(s, "__next__"), type(s).__name__)
def big():
    for i in range(3):
        yield i
b = big()
print(list(zip(b, "ab")), list(b))
