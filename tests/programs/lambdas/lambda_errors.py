# Errors raised from inside lambdas, caught.
divide = lambda a, b: a / b
try:
    divide(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
getter = lambda d: d["missing"]
try:
    getter({})
except KeyError as e:
    print("KeyError:", e)
attr = lambda o: o.nothing
try:
    attr(5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    (lambda x: x)(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    (lambda: None)(x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a"], key=lambda v: v)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(lambda v: 10 // v, [5, 2, 0, 1]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
safe = lambda f, *a: (lambda: f(*a)) if False else None
def attempt(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(attempt(lambda s: int(s), "x1"))
print(attempt(lambda: [][0]))
print(attempt(lambda n: n.upper(), 3))
print(attempt(lambda: undefined_global))
print(safe(len, "x"))
