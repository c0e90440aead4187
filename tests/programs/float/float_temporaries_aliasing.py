# Float temporaries reused by the VM (vm/floattemps.ts) must never be objects that Python code can see.
class M:
    def __init__(self): self.saved = []
    def __radd__(self, o):
        self.saved.append(o); return o
    def __mul__(self, o):
        return self.saved[-1] if self.saved else 1.5
m = M()
xs = []
for i in range(5):
    x = 1.5 * 2.5 + m          # float tmp passed to user code
    y = (m * 2.0) * 3.0 + 1.0  # user returns stored float; must not be mutated
    xs.append((x, y))
print(xs, m.saved)
a = 0.5
b = a * 2.0
c = b + a * a
d = [a * a, a * a + a]
e = (a * a if a else 0.0) + a * a
print(a, b, c, d, e)
def g(t): return t
z = g(a * 3.0) + a * 3.0
w = a * 3.0
w2 = w + w * 1.0
print(z, w, w2)
t = 0.1
s = [t * t for _ in range(3)]
print(s, s[0] is s[1])
