# sys.getsizeof of a list follows CPython's allocation: over-allocation as it grows by appends, shrinking as
# it empties, exact or rounded sizes for displays, list(), sorted(), extend, slices, str.split; then random
# sequences of list operations, with the size printed after each.
import sys, random, heapq

l = []
out = []
for i in range(20):
    out.append(sys.getsizeof(l))
    l.append(i)
print(out)
out = []
while l:
    l.pop()
    out.append(sys.getsizeof(l))
print(out)
print(sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), sys.getsizeof([]), sys.getsizeof([1]))
print(sys.getsizeof(list(range(10))), sys.getsizeof(list(x for x in range(10))), sys.getsizeof([x for x in range(10)]))
print(sys.getsizeof(sorted([3, 1, 2])), sys.getsizeof(sorted(range(5))), sys.getsizeof('a b c'.split()),
      sys.getsizeof('a,b'.split(',')), sys.getsizeof(b'a b'.split()), sys.getsizeof('a b c'.split(maxsplit=1)),
      sys.getsizeof(' '.join('x' * 20).split()), sys.getsizeof(''.split()))
l = [1, 2, 3]; l.extend([4, 5]); print(sys.getsizeof(l), end=' ')
l += range(100); print(sys.getsizeof(l), end=' ')
l *= 3; print(sys.getsizeof(l), end=' ')
del l[10:]; print(sys.getsizeof(l), end=' ')
l[2:3] = [0] * 50; print(sys.getsizeof(l), end=' ')
l.clear(); print(sys.getsizeof(l))
l = list(range(100)); del l[::2]; print(sys.getsizeof(l), end=' ')
l.insert(0, 1); print(sys.getsizeof(l))
print(sys.getsizeof([0] * 10), sys.getsizeof([1] + [2]), sys.getsizeof(l[:]), sys.getsizeof(l.copy()), sys.getsizeof([*range(3)]))
print(sys.getsizeof(list({1: 2, 3: 4})), sys.getsizeof(list('abc')), sys.getsizeof(list(map(str, range(20)))))
a = [1, 2, 3, 4]; a.remove(1); a.pop(0); print(sys.getsizeof(a))
# Emptied by pop() (an empty item array kept) against clear() (none): extend sizes them differently.
a = [1]; a.pop(); a.extend((1, 2, 3)); b = [1]; b.clear(); b.extend((1, 2, 3)); print(sys.getsizeof(a), sys.getsizeof(b))
print([].__sizeof__(), list.__sizeof__([1, 2, 3]))

class Hinted:
    def __init__(self, n): self.n = n
    def __iter__(self): return iter(range(self.n))
    def __length_hint__(self):
        print('hint asked')
        return 3
h = [0]
h.extend(Hinted(10)); print(sys.getsizeof(h))
print(sys.getsizeof([*Hinted(2)]))

random.seed(7)
for trial in range(60):
    kind = random.randrange(6)
    if kind == 0: l = []
    elif kind == 1: l = [random.randrange(9) for _ in range(random.randrange(20))]
    elif kind == 2: l = list(range(random.randrange(30)))
    elif kind == 3: l = list(x for x in range(random.randrange(30)))
    elif kind == 4: l = [int(c, 36) for c in 'a b c d e f g h i j k l m n o p'.split()][:random.randrange(16)]
    else: l = sorted(random.sample(range(100), random.randrange(20)))
    sizes = [sys.getsizeof(l)]
    for step in range(40):
        op = random.randrange(16)
        n = len(l)
        if op < 4: l.append(step)
        elif op == 4 and n: l.pop()
        elif op == 5 and n: l.pop(random.randrange(n))
        elif op == 6: l.extend(range(random.randrange(12)))
        elif op == 7: l.extend([1] * random.randrange(12))
        elif op == 8: l += (1, 2, 3)
        elif op == 9 and n: del l[random.randrange(n):]
        elif op == 10: a = random.randrange(n + 1); b = random.randrange(n + 1); l[a:b] = [0] * random.randrange(10)
        elif op == 11 and n: del l[::random.randrange(1, 4)]
        elif op == 12: l.insert(random.randrange(n + 1), 5)
        elif op == 13 and n < 60: l *= random.randrange(0, 3)
        elif op == 14 and n: heapq.heappop(l)
        elif op == 15 and random.random() < 0.2: l.clear()
        sizes.append(sys.getsizeof(l))
    print(*sizes)
