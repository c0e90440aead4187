# Polynomial arithmetic with integer coefficients: add, multiply, divide, derivative, evaluation, roots.
class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]
    def degree(self):
        return len(self.c) - 1
    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    def __neg__(self):
        return Poly([-x for x in self.c])
    def __sub__(self, o):
        return self + -o
    def __mul__(self, o):
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)
    def __pow__(self, n):
        r = Poly([1])
        for _ in range(n):
            r = r * self
        return r
    def divmod(self, d):
        q = [0] * max(1, len(self.c) - len(d.c) + 1)
        r = list(self.c)
        while len(r) >= len(d.c) and any(r):
            k = len(r) - len(d.c)
            f = r[-1] // d.c[-1]
            if f * d.c[-1] != r[-1]:
                break
            q[k] = f
            for i, b in enumerate(d.c):
                r[i + k] -= f * b
            while len(r) > 1 and r[-1] == 0:
                r.pop()
            if len(r) < len(d.c):
                break
        return Poly(q), Poly(r)
    def __call__(self, x):
        v = 0
        for a in reversed(self.c):
            v = v * x + a
        return v
    def deriv(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])
    def __eq__(self, o):
        return self.c == o.c
    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            coef = "" if abs(a) == 1 and i else str(abs(a))
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append(("- " if a < 0 else "+ ") + coef + var)
        s = " ".join(terms)
        return s[2:] if s.startswith("+ ") else "-" + s[2:]
x = Poly([0, 1])
p = (x - Poly([1])) * (x - Poly([2])) * (x + Poly([3]))
print(p, "| degree", p.degree(), "| p(0..4) =", [p(v) for v in range(5)])
print(p.deriv(), "|", p.deriv().deriv(), "|", (x + Poly([1])) ** 5)
q, r = p.divmod(x - Poly([2]))
print("p / (x-2) =", q, "remainder", r)
q2, r2 = (x ** 3 + Poly([1])).divmod(x + Poly([2]))
print("(x^3+1)/(x+2) =", q2, "remainder", r2, "| check", q2 * (x + Poly([2])) + r2 == x ** 3 + Poly([1]))
roots = [v for v in range(-10, 11) if p(v) == 0]
print("integer roots:", roots)
def newton(poly, guess, steps=30):
    d = poly.deriv()
    for _ in range(steps):
        guess = guess - poly(guess) / d(guess)
    return guess
print("sqrt(2) by Newton:", newton(x * x - Poly([2]), 1.0), "cube root of 10:", round(newton(x ** 3 - Poly([10]), 2.0), 12))
