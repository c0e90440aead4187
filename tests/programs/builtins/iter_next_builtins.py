# iter() and next() builtins with defaults and sentinels.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(list(iter("abc")), list(iter((1, 2))), list(iter({"k": 1})), sorted(iter({3, 1})), list(iter(range(2))))
values = iter([5, 4, 3, 0, 9])
print(list(iter(lambda: next(values), 0)))
for bad in [lambda: iter(5), lambda: iter(None), lambda: next([1]), lambda: next("s"), lambda: iter(len, 1, 2),
            lambda: iter(5, 0)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(iter(c) is c, next(c), list(c), next(c, "done"))
g = (x for x in "xy")
print(next(g), next(g), next(g, "exhausted"))
class SeqOnly:
    def __getitem__(self, i):
        if i < 3:
            return i * i
        raise IndexError
s = iter(SeqOnly())
print(type(s).__name__, list(s))
