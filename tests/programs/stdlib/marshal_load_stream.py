import marshal, io
def t(f):
    try:
        print(repr(marshal.load(f)))
    except Exception as e:
        print(type(e).__name__, e)
t(io.BytesIO(b''))
t(io.BytesIO(marshal.dumps('abcdef')[:-2]))
t(io.BytesIO(marshal.dumps(123456)[:-1]))
t(io.BytesIO(marshal.dumps(2**100)[:-1]))
t(io.BytesIO(marshal.dumps(1.5)[:-1]))
t(io.BytesIO(marshal.dumps((1,2))[:-1]))
class R(io.BytesIO):
    def readinto(self, b):
        n = super().readinto(b)
        return n + 10 if n > 4 else n
for v in (1.0, 1j, b'0123456789', '0123456789', 5):
    t(R(marshal.dumps(v)))
class N(io.BytesIO):
    def readinto(self, b): return None
t(N(marshal.dumps(5)))
class S:
    def read(self, n=-1): return 'x'
t(S())
class L:
    calls = []
    def __init__(self, d): self.b = io.BytesIO(d)
    def read(self, n=-1): L.calls.append(('read', n)); return self.b.read(n)
    def readinto(self, m): L.calls.append(('readinto', len(m), type(m).__name__)); return self.b.readinto(m)
f = L(marshal.dumps([1, 'ab', b'cd', 2.5, (None,), {1: 2}]) + marshal.dumps('next'))
t(f); t(f); print(L.calls)
class NoInto:
    def __init__(self, d): self.b = io.BytesIO(d)
    def read(self, n=-1): return self.b.read(n)
t(NoInto(marshal.dumps(5)))
import os
r, w = os.pipe()
os.write(w, marshal.dumps({'a': 1}) + marshal.dumps([2]))
with open(r, 'rb', buffering=0) as fr:
    print(marshal.load(fr), marshal.load(fr))
os.close(w)
