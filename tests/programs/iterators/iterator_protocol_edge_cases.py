# Iterator protocol edge cases: __iter__ returning non-iterators, StopIteration values, re-entrance.
class ReturnsList:
    def __iter__(self):
        return [1, 2]
try:
    for _ in ReturnsList():
        pass
except TypeError as e:
    print("TypeError:", e)
class GetItemOnly:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return chr(97 + i)
print(list(GetItemOnly()), "b" in GetItemOnly(), list(enumerate(GetItemOnly())))
class GetItemKeyError:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(GetItemKeyError())
except KeyError as e:
    print("KeyError propagates:", e)
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(IterNone())
except TypeError as e:
    print("TypeError:", e)
class Resumable:
    def __init__(self):
        self.calls = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.calls += 1
        if self.calls % 3 == 0:
            raise StopIteration
        return self.calls
r = Resumable()
print(list(r), list(r), list(r))
class CountingIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i
    def __len__(self):
        return self.n
print(list(CountingIter(3)), len(CountingIter(3)), sorted(CountingIter(4), reverse=True), sum(CountingIter(5)))
print(list(map(lambda x: x, GetItemOnly())), tuple(GetItemOnly()), "".join(GetItemOnly()))
