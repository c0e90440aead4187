# random with fixed seeds: the Mersenne Twister, getrandbits, seeding from int/str/bytes, state round trips.
import random

random.seed(12345)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.sample(range(100), 5))
l = list(range(10)); random.shuffle(l); print(l)
print(random.uniform(1, 2), random.gauss(0, 1), random.getrandbits(100), random.getrandbits(0), random.getrandbits(33))
random.seed('hello'); print(random.random())
random.seed(b'hello'); print(random.random())
random.seed(-7); a = random.random(); random.seed(7); print(a == random.random())
random.seed(2**100 + 1); print(random.random())
s = random.getstate(); a = random.random(); random.setstate(s); print(a == random.random())
r = random.Random(5)
print(r.randrange(10**30), r.randrange(0, 100, 7), r.choices('abc', weights=[1, 2, 3], k=5))
print([round(r.expovariate(1.5), 6) for _ in range(3)], round(r.triangular(0, 10, 3), 6), round(r.betavariate(2, 3), 6))
print(r.getrandbits(64), r.getrandbits(53), r.getrandbits(31))
print(random.Random(0).random(), random.Random(1.5).random(), random.Random(True).random())
try:
    random.Random().getrandbits(-1)
except ValueError as e:
    print('ValueError:', e)
import _random
try:
    _random.Random().setstate((1,) * 3)
except ValueError as e:
    print('ValueError:', e)
st = random.Random(3).getstate()
print(st[0], len(st[1]), st[1][-1], st[2])
