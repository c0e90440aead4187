# collections.deque: ring-buffer behaviour, maxlen, rotate, errors, iteration checks, repr.
from collections import deque

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('yz')
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(100); print(d)
d.reverse(); print(d)
print(d.count('a'), d.index(2), 'z' in d, 9 in d)
d.insert(1, 'ins'); d.insert(-1, 'neg'); d.insert(100, 'end'); d.insert(-100, 'start')
print(d)
d.remove('ins'); del d[0]; d[0] = 'first'
print(d)
print(d.copy() == d, d.copy() is d, list(reversed(deque('abc'))))
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10); m.appendleft(-1); print(m)
m.extend([20, 21]); print(m)
m.extendleft([30]); print(m)
print(deque([1, 2], 3) * 2, deque([1, 2]) * 2, 2 * deque('ab'), deque([1]) * 0)
e = deque([1, 2]); e += [3]; e *= 2; print(e)
print(deque([1, 2]) + deque([3]), deque() == deque(), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
z = deque(maxlen=0); z.append(1); z.extend(range(5)); print(z)
big = deque()
for i in range(1000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big))
print(deque(maxlen=5).maxlen, deque().maxlen)

def t(f):
    try:
        print('ok', f())
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: deque([1])[5])
t(lambda: deque([1])['a'])
t(lambda: deque([1]).remove(2))
t(lambda: deque([1, 2, 3]).index(3, 0, 2))
t(lambda: deque([1, 2, 3]).index(1, -10, 10))
t(lambda: deque([1], maxlen=1).insert(0, 2))
t(lambda: deque([1], maxlen=-1))
t(lambda: deque([1], maxlen='a'))
t(lambda: deque([1], 2, 3))
t(lambda: deque(x=1))
t(lambda: deque(1))
t(lambda: deque([1, 2]) + [1])
t(lambda: deque([1, 2]).rotate('a'))
t(lambda: deque([1]).count())
t(lambda: deque('abc').insert(1))

d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as ex:
    print('RuntimeError:', ex)
d = deque([1, 2, 3])
d.append(d)
print(d)
class D(deque):
    pass
print(D([1]), repr(D([1], 3)), D('ab').copy(), type(D('ab').copy()).__name__)
print(deque[int], iter(deque([1, 2])).__length_hint__(), type(iter(deque())).__name__)
it = iter(deque([1, 2, 3])); next(it); print(list(it))
