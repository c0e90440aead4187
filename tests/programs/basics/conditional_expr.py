# Conditional expressions, nested and in various contexts.
def classify(n):
    return "neg" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "big"
for n in (-5, 0, 3, 42):
    print(n, classify(n))
xs = [i if i % 2 else -i for i in range(6)]
print(xs)
f = lambda v: "yes" if v else "no"
print(f(1), f(0), f([]), f([0]))
def side(tag, val):
    print("eval", tag)
    return val
r = side("a", 1) if side("cond", False) else side("b", 2)
print(r)
print((1 if True else 2) + 10)
print(1 if True else 2 + 10)
print([("odd" if k & 1 else "even") for k in range(4)])
grade = lambda s: "A" if s >= 90 else ("B" if s >= 80 else ("C" if s >= 70 else "F"))
print([grade(s) for s in (95, 85, 75, 10)])
a, b = (1, 2) if len("ab") == 2 else (3, 4)
print(a, b)
print(max(3, 7) if min(3, 7) > 2 else None)
print("".join("X" if c.isupper() else "." for c in "HeLLo WoRLD"))
