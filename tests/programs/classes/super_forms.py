# super() with zero and two arguments, in classmethods and properties.
class A:
    def f(self): return "A.f"
    @classmethod
    def cm(cls): return f"A.cm({cls.__name__})"
    @property
    def p(self): return "A.p"
class B(A):
    def f(self): return "B.f>" + super().f()
    @classmethod
    def cm(cls): return "B.cm>" + super().cm()
    @property
    def p(self): return "B.p>" + super().p
class C(B):
    def f(self): return "C.f>" + super(B, self).f()
    def g(self): return super(C, self).f()
c = C()
print(c.f(), c.g(), C.cm(), c.p)
print(super(C, c).f(), super(B, C).cm())
s = super(C, c)
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__)
def outside(self):
    return super(B, self).f()
print(outside(c))
class D(A):
    def f(self):
        inner = lambda: super(D, self).f()
        return "D>" + inner()
print(D().f())
try:
    super(B, A()).f()
except TypeError as e:
    print("TypeError:", e)
class E:
    def no_self():
        return super()
try:
    E.no_self()
except RuntimeError as e:
    print("RuntimeError:", e)
class F(A):
    def __init__(self):
        super().__init__()
        self.ok = True
print(F().ok)
class G(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
g = G()
g["a"] = 5
print(g)
