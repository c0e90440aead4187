# list.sort sees a change made while it sorts even when the change is undone before it ends
# (an append then a pop, a clear then a refill), and the list reads as empty meanwhile.
from functools import cmp_to_key

L = [3, 1, 2]
def append_pop(x, y):
    L.append(3)
    L.pop()
    return (x > y) - (x < y)
try:
    L.sort(key=cmp_to_key(append_pop))
except ValueError as e:
    print('append/pop:', e, L)

L = [3, 1, 2]
def clear(x, y):
    L.append(3)
    del L[:]
    return (x > y) - (x < y)
try:
    L.sort(key=cmp_to_key(clear))
except ValueError as e:
    print('clear:', e, L)

seen = []
M = [5, 4, 6]
def look(x):
    seen.append(len(M))
    return -x
M.sort(key=look)
print(M, seen)

class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        N.append(0)
        N.remove(0)
        return self.v < other.v
N = [Item(2), Item(1)]
try:
    N.sort()
except ValueError as e:
    print('__lt__:', e, [i.v for i in N])
print(sorted([3, 1, 2]), sorted(['b', 'a']))
