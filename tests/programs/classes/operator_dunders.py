# Every binary operator dunder, reflected forms and in-place forms.
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"V({self.v!r})"
ops = [("add", "+"), ("sub", "-"), ("mul", "*"), ("matmul", "@"), ("truediv", "/"), ("floordiv", "//"),
       ("mod", "%"), ("pow", "**"), ("lshift", "<<"), ("rshift", ">>"), ("and", "&"), ("xor", "^"), ("or", "|")]
def make(name, sym):
    def fwd(self, other): return f"{self!r} {sym} {other!r} via __{name}__"
    def rev(self, other): return f"{other!r} {sym} {self!r} via __r{name}__"
    def inplace(self, other): return f"{self!r} {sym}= {other!r} via __i{name}__"
    return fwd, rev, inplace
for name, sym in ops:
    fwd, rev, inp = make(name, sym)
    setattr(V, f"__{name}__", fwd)
    setattr(V, f"__r{name}__", rev)
    setattr(V, f"__i{name}__", inp)
a = V(1)
for name, sym in ops:
    print(eval(f"a {sym} 2"))
    print(eval(f"2 {sym} a"))
    x = a
    exec(f"x {sym}= 3")
    print(x)
V.__neg__ = lambda self: f"-{self!r}"
V.__pos__ = lambda self: f"+{self!r}"
V.__invert__ = lambda self: f"~{self!r}"
V.__abs__ = lambda self: f"abs({self!r})"
print(-a, +a, ~a, abs(a))
print(divmod(V(7), 2) if hasattr(V, "__divmod__") else "no divmod")
V.__divmod__ = lambda self, o: ("divmod", self.v, o)
V.__rdivmod__ = lambda self, o: ("rdivmod", o, self.v)
print(divmod(V(7), 2), divmod(2, V(7)))
print(pow(V(2), 3), pow(3, V(2)))
