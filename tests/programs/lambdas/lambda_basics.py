# Lambda expressions: arguments, defaults, closures.
sq = lambda x: x * x
add = lambda a, b=10: a + b
var = lambda *a, **k: (a, sorted(k.items()))
kwo = lambda *, key: key
pos = lambda a, /, b: (a, b)
print(sq(7), add(1), add(1, 2), var(1, 2, z=3), kwo(key="k"), pos(1, b=2))
print((lambda: "immediate")(), (lambda x: (lambda y: x + y))(3)(4))
print(sq.__name__, type(sq).__name__, sq.__code__.co_argcount)
try:
    sq()
except TypeError as e:
    print("TypeError:", e)
try:
    kwo("k")
except TypeError as e:
    print("TypeError:", e)
make_adder = lambda n: lambda x: x + n
adders = [make_adder(i) for i in range(4)]
print([f(100) for f in adders])
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(12), compose(len, str)(12345))
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(20))
y_comb = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
fib = y_comb(lambda self: lambda n: n if n < 2 else self(n - 1) + self(n - 2))
print([fib(i) for i in range(12)])
print(list(map(lambda p: p[0] + p[1], [(1, 2), (3, 4)])))
print((lambda *args: sum(args))(*range(10)))
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print([cond(v) for v in (-2, 0, 2)])
print((lambda: (yield))) if False else print("lambdas can contain yield too:", list((lambda: (yield 1))()))
