# Functional programming helpers written with lambdas.
def reduce(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a + b, range(1, 11), 0))
print(reduce(lambda a, b: a * b, range(1, 11), 1))
print(reduce(lambda acc, w: acc + [w.upper()], ["a", "b"], []))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("x", 1), ("y", 2)], {}))
flip = lambda f: lambda a, b: f(b, a)
sub = lambda a, b: a - b
print(sub(10, 3), flip(sub)(10, 3))
pipe = lambda *fs: lambda x: reduce(lambda v, f: f(v), fs, x)
print(pipe(lambda x: x + 1, lambda x: x * 3, str, lambda s: s + "!")(4))
church = lambda n: lambda f: lambda x: reduce(lambda v, _: f(v), range(n), x)
unchurch = lambda c: c(lambda v: v + 1)(0)
plus = lambda m, n: lambda f: lambda x: m(f)(n(f)(x))
print(unchurch(church(5)), unchurch(plus(church(3), church(4))))
zip_with = lambda f, xs, ys: [f(x, y) for x, y in zip(xs, ys)]
print(zip_with(lambda a, b: a ** b, [2, 3, 4], [3, 2, 1]))
group = lambda key, xs: reduce(lambda d, x: {**d, key(x): d.get(key(x), []) + [x]}, xs, {})
print(group(lambda w: w[0], ["apple", "avocado", "banana", "blueberry", "cherry"]))
memo = {}
fibm = lambda n: memo.get(n) or memo.setdefault(n, n if n < 2 else fibm(n - 1) + fibm(n - 2))
print(fibm(60))
