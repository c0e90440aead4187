# Immediately invoked lambdas, lambdas returning lambdas, and default-argument tricks.
print((lambda: "iife")(), (lambda x, y=2: x * y)(5), (lambda *a: len(a))(1, 2, 3))
adder = lambda a: lambda b: lambda c: a + b + c
print(adder(1)(2)(3), adder("a")("b")("c"))
counter = (lambda: (lambda c=[0]: (c.__setitem__(0, c[0] + 1), c[0])[1]))()
print(counter(), counter(), counter())
swap = lambda p: (p[1], p[0])
print(list(map(swap, [(1, 2), ("a", "b")])))
memo = (lambda f: (lambda cache={}: (lambda n: cache[n] if n in cache else cache.setdefault(n, f(n))))())
square = memo(lambda n: n * n)
print(square(12), square(12))
flatten = lambda xs: [y for x in xs for y in (flatten(x) if isinstance(x, list) else [x])]
print(flatten([1, [2, [3, [4]]], 5]))
is_sorted = lambda xs: all(a <= b for a, b in zip(xs, xs[1:]))
print(is_sorted([1, 2, 2, 3]), is_sorted([2, 1]), is_sorted([]))
compose_all = lambda *fs: lambda x: x if not fs else fs[0](compose_all(*fs[1:])(x))
print(compose_all(str, abs, lambda v: v - 10)(3))
print((lambda n: [i for i in range(2, n) if all(i % d for d in range(2, i))])(40))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), max([3, -7, 5], key=lambda v: v * v))
