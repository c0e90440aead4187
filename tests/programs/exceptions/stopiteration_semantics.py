# StopIteration in various contexts.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
print(next(it, "default"))
class Custom:
    def __iter__(self): return self
    def __next__(self):
        raise StopIteration("custom value")
print(list(Custom()))
def g():
    return 42
    yield
try:
    next(g())
except StopIteration as e:
    print("return value:", e.value)
def uses_next(items):
    it = iter(items)
    first = next(it)
    return first
try:
    uses_next([])
except StopIteration:
    print("plain function leaks StopIteration fine")
def inner_gen():
    yield 1
    return "inner done"
def outer_gen():
    r = yield from inner_gen()
    yield r
print(list(outer_gen()))
s = StopIteration(1, 2)
print(s.value, s.args)
class Stubborn:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
st = Stubborn()
print(list(st), list(st), next(st, "still stopped"))
print(list(map(lambda x: next(iter([])) if x > 1 else x, [1, 2, 3])))
