# marshal keeps objects met twice as one (version >= 3 writes a back-reference), containers that hold
# themselves, only exact builtin types, buffers as bytes, and load() stops at the end of its object.
import marshal, array, io, os, tempfile

for x in [b'abc' * 3, (1, 2, 'x'), [1, 2], {1: 2}, {1, 2}, frozenset({1, 2}), 3 + 4j]:
    s = (x, x)
    d3 = marshal.dumps(s, 3)
    d2 = marshal.dumps(s, 2)
    l3 = marshal.loads(d3)
    l2 = marshal.loads(d2)
    print(type(x).__name__, d3.hex(), l3[0] is l3[1], l2[0] is l2[1], len(d2), len(d3))

l = [1, 2]
l.append(l)
d = {'a': 1}
d['self'] = d
t = ([],)
t[0].append(t)
for v in [l, d, t]:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    print(data.hex(), repr(back))
print(marshal.loads(marshal.dumps(t))[0][0][0][0] is not None)

for typ in (int, float, complex, tuple, list, dict, set, frozenset, str):
    sub = type('sub', (typ,), {})
    try:
        marshal.dumps(sub())
        print(typ.__name__, 'dumped')
    except ValueError as e:
        print(typ.__name__, 'ValueError', e)
for v in [bytearray(b'ab'), memoryview(b'ab'), array.array('h', [1, 2])]:
    print(marshal.loads(marshal.dumps(v)))

data = (1, 'abc', b'def', 1.0, (2, 'a', ['b', b'c']))
path = os.path.join(tempfile.mkdtemp(), 'm.bin')
with open(path, 'wb') as f:
    for x in data:
        marshal.dump(x, f)
        f.write(b'0123')
with open(path, 'rb') as f:
    for x in data:
        print(marshal.load(f), f.read(4), f.tell())
    try:
        marshal.load(f)
    except EOFError as e:
        print('EOFError', e)
os.remove(path)
