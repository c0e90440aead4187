# Partial application and currying implemented with closures.
def partial(fn, *bound, **bound_kw):
    def call(*args, **kw):
        merged = dict(bound_kw)
        merged.update(kw)
        return fn(*bound, *args, **merged)
    call.args = bound
    call.keywords = bound_kw
    return call
def power(base, exp, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = partial(lambda b, e: power(b, e), e=2)
cube_of_2 = partial(power, 2)
print(square(b=9), cube_of_2(10), cube_of_2(100, mod=97))
print(cube_of_2.args, square.keywords)
int2 = partial(int, base=2)
print(int2("101010"), int2("111", base=8))
def curry(fn, arity):
    def step(*args):
        if len(args) >= arity:
            return fn(*args[:arity])
        return lambda *more: step(*args, *more)
    return step
add4 = curry(lambda a, b, c, d: a + b + c + d, 4)
print(add4(1)(2)(3)(4), add4(1, 2)(3, 4), add4(1, 2, 3, 4))
greet = partial("{greeting}, {0}!".format, greeting="Hi")
print(greet("Ann"), greet("Bo", greeting="Yo"))
pipeline = [partial(lambda k, v: v * k, 3), partial(lambda k, v: v - k, 1), str]
x = 5
for f in pipeline:
    x = f(x)
print(repr(x))
