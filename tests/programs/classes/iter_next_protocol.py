# __iter__/__next__ iterators and iterables.
class CountDown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountDownIter(self.start)
class CountDownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
cd = CountDown(3)
print(list(cd), list(cd), sum(cd), max(cd), 2 in cd)
it = iter(cd)
print(next(it), next(it), next(it), next(it, "done"))
for a, b in zip(CountDown(3), CountDown(5)):
    print(a, b)
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
print(list(Fib(100)))
f = Fib(10)
print(list(f), list(f))
class NotIter:
    def __iter__(self):
        return 5
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
class NoNext:
    def __iter__(self):
        return self
try:
    for _ in NoNext():
        pass
except TypeError as e:
    print("TypeError:", e)
class GenIter:
    def __init__(self, data): self.data = data
    def __iter__(self):
        for d in self.data:
            yield d * 2
print(list(GenIter([1, 2, 3])), sorted(GenIter([3, 1])))
a, b, *c = CountDown(5)
print(a, b, c)
