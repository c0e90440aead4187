# Iterator classes: resettable iterables vs one-shot iterators.
class Range:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        v = self.start
        while (self.step > 0 and v < self.stop) or (self.step < 0 and v > self.stop):
            yield v
            v += self.step
    def __len__(self):
        return max(0, (self.stop - self.start + self.step - (1 if self.step > 0 else -1)) // self.step)
    def __reversed__(self):
        return iter(list(self)[::-1])
r = Range(0, 10, 3)
print(list(r), list(r), len(r), list(reversed(r)), len(Range(5, 0, -2)), list(Range(5, 0, -2)))
class Once:
    def __init__(self, items): self.items = list(items); self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= len(self.items):
            raise StopIteration
        self.i += 1
        return self.items[self.i - 1]
o = Once("abc")
print(list(o), list(o))
o2 = Once("abcd")
for x in o2:
    if x == "b":
        break
print("rest:", list(o2))
class Cycle:
    def __init__(self, items, times): self.items, self.times = items, times
    def __iter__(self):
        for _ in range(self.times):
            yield from self.items
print(list(Cycle("ab", 3)))
class Peekable:
    _none = object()
    def __init__(self, it): self.it = iter(it); self.buf = self._none
    def __iter__(self): return self
    def peek(self, default=None):
        if self.buf is self._none:
            self.buf = next(self.it, self._none)
        return default if self.buf is self._none else self.buf
    def __next__(self):
        if self.buf is not self._none:
            v, self.buf = self.buf, self._none
            return v
        return next(self.it)
p = Peekable([1, 2, 3])
print(p.peek(), p.peek(), next(p), p.peek(), list(p), p.peek("end"))
