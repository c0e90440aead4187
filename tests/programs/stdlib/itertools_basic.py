# itertools: every iterator's values, reprs and laziness (no other module needed).
import itertools as it

print(list(it.islice(it.count(), 5)), repr(it.count(3)), repr(it.count(1, 2)), repr(it.count(1.5, 0.5)))
print(repr(it.count(2**70, 2**65)), list(it.islice(it.count(2**53 - 2), 4)))
c = it.count(10, -3); next(c); print(repr(c))
print(list(it.islice(it.count(0.5, 0.25), 3)), repr(it.count(True)), repr(it.count(step=3)))
print(list(it.islice(it.cycle('abc'), 7)), list(it.cycle([])))
r = it.repeat('x', 3)
print(repr(r), r.__length_hint__(), list(r), repr(r), r.__length_hint__())
print(repr(it.repeat(None)), repr(it.repeat(1, -5)), list(it.repeat(1, 0)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)), list(it.accumulate([], initial=7)))
print(list(it.accumulate(['a', 'b', 'c'])))
print(list(it.chain('ab', [1, 2], (), range(2))), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.compress('abc', [1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(it.filterfalse(None, [0, 1, '', 2, None])), list(it.filterfalse(lambda x: x % 2, range(7))))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(lambda *a: sum(a), [[1, 2, 3], (4,)])))
print(list(it.islice('abcdefg', 2)), list(it.islice('abcdefg', 2, 4)), list(it.islice('abcdefg', 2, None, 2)))
print(list(it.islice('abc', None)), list(it.islice(range(10), 1, None, 3)), list(it.islice([], 5)))
print(list(it.pairwise('abcd')), list(it.pairwise('a')), list(it.pairwise([])))
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()), list(it.zip_longest([1], [])))
print(type(it.chain()).__name__, it.count.__module__, it.chain.__name__, type(it.tee([])).__name__ if it.tee([]) else None)

# Laziness: consuming only what is needed.
def gen():
    for i in range(5):
        print('gen', i)
        yield i
print(next(it.islice(gen(), 1, None)))
for x in it.takewhile(lambda v: v < 1, gen()):
    print('took', x)

# islice leaves the rest of the iterator.
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))

# Subclasses.
class MyCount(it.count):
    def __repr__(self):
        return 'MyCount!'
mc = MyCount(5)
print(repr(mc), next(mc), isinstance(mc, it.count))
class Loud(it.chain):
    def __next__(self):
        return super().__next__() * 10
print(list(Loud([1, 2], [3])))
for v in Loud([7]):
    print(v)
