# __call__ makes instances callable.
class Multiplier:
    def __init__(self, k): self.k = k
    def __call__(self, x): return x * self.k
double = Multiplier(2)
print(double(21), list(map(Multiplier(3), [1, 2, 3])), callable(double))
class Accumulator:
    def __init__(self): self.total = 0
    def __call__(self, *values, reset=False):
        if reset:
            self.total = 0
        self.total += sum(values)
        return self.total
acc = Accumulator()
print(acc(1, 2), acc(10), acc(reset=True), acc(5, 5))
class Polynomial:
    def __init__(self, *coeffs): self.coeffs = coeffs
    def __call__(self, x):
        r = 0
        for c in self.coeffs:
            r = r * x + c
        return r
    def __repr__(self):
        return " + ".join(f"{c}x^{len(self.coeffs) - i - 1}" for i, c in enumerate(self.coeffs))
p = Polynomial(1, -3, 2)
print(p, [p(x) for x in range(5)])
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
n = NotCallable()
n.__call__ = lambda: "instance attribute"
try:
    n()
except TypeError as e:
    print("TypeError (instance __call__ ignored):", e)
class MetaCall(type):
    def __call__(cls, *a):
        return f"intercepted {cls.__name__}{a}"
class Intercepted(metaclass=MetaCall): pass
print(Intercepted(1, 2))
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
