# Generator functions: laziness, state, exhaustion.
def count_up(n):
    print("start")
    for i in range(n):
        print("yielding", i)
        yield i
    print("end")
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks("abcdefghij", 3)))
def squares():
    yield from (i * i for i in range(5))
print(sum(squares()), max(squares()), list(squares()))
gen = (x for x in range(3))
print(gen.__name__, gen.__qualname__, count_up.__name__)
print(g.gi_running, g.gi_frame is None)
h = count_up(1)
print(h.gi_frame is not None, h.gi_frame.f_lineno > 0)
