# sys.getsizeof of a dict follows CPython's keys table: no shrinking on deletion, str-only tables (16-byte
# entries) against general ones, the resize when a first non-str key arrives, copies and merges sized as
# PyDict_Copy and dict_merge do, clear() back to the empty keys; then random sequences of dict operations.
import sys, random
d = {i: i for i in range(10)}
print(sys.getsizeof(d), end=' ')
for i in range(9): del d[i]
print(sys.getsizeof(d), end=' ')
d.clear(); print(sys.getsizeof(d))
d = dict.fromkeys(range(100)); print(sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)), sys.getsizeof({**d}))
for i in range(90): del d[i]
print(sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))
print(sys.getsizeof({}), sys.getsizeof({'a': 1}), sys.getsizeof({1: 1}), sys.getsizeof(dict(a=1, b=2)), sys.getsizeof({'a': 1, 'b': 2}))
d = {}
o = []
for i in range(50):
    d[str(i)] = i
    o.append(sys.getsizeof(d))
print(o)
d = {'a': 1, 'b': 2}; d[3] = 3; print(sys.getsizeof(d))
d = {1: 1, 2: 2}; del d[1]; print(sys.getsizeof(d), sys.getsizeof(dict(d)), sys.getsizeof(d.copy()))
import collections
print(sys.getsizeof(collections.OrderedDict.fromkeys(range(10))), sys.getsizeof(collections.OrderedDict()))
random.seed(5)
for trial in range(60):
    kind = random.randrange(6)
    strs = random.random() < 0.5
    mixed = random.random() < 0.3
    K = (lambda i: ('k%d' % i) if random.random() < 0.5 else i) if mixed else (lambda i: 'k%d' % i) if strs else (lambda i: i)
    if kind == 0: d = {}
    elif kind == 1: d = {K(i): i for i in range(random.randrange(30))}
    elif kind == 2: d = dict.fromkeys(K(i) for i in range(random.randrange(30)))
    elif kind == 3: d = dict(zip(map(K, range(random.randrange(40))), range(100)))
    elif kind == 4: d = {K(1): 1, K(2): 2, K(3): 3, K(4): 4, K(5): 5, K(6): 6, K(7): 7}
    else: d = dict({K(i): i for i in range(random.randrange(40))})
    sizes = [sys.getsizeof(d)]
    nxt = 1000
    for step in range(40):
        op = random.randrange(10)
        keys = list(d)
        if op < 4: d[K(nxt)] = 1; nxt += 1
        elif op == 4 and keys: del d[random.choice(keys)]
        elif op == 5 and keys: d.pop(random.choice(keys))
        elif op == 6: d.update({K(nxt + i): i for i in range(random.randrange(15))}); nxt += 20
        elif op == 7: d = d.copy()
        elif op == 8: d = dict(d)
        elif op == 9 and random.random() < 0.2: d.clear()

        sizes.append(sys.getsizeof(d))
    print(*sizes)
