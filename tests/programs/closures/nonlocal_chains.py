# nonlocal through several levels; closures over loop variables.
def level1():
    a = "1"
    def level2():
        b = "2"
        def level3():
            nonlocal a, b
            a += "!"
            b += "?"
            return a + b
        r = level3()
        return r, b
    r = level2()
    return r, a
print(level1())
def make_accumulators():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return total
    def undo():
        nonlocal total
        history.pop()
        total = history[-1] if history else 0
        return total
    return add, undo, history
add, undo, hist = make_accumulators()
print(add(5), add(10), add(-3), hist)
print(undo(), undo(), hist)
def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step
s = fib_gen()
print([s() for _ in range(12)])
def shadowing():
    x = "outer"
    def inner():
        x = "inner"
        return x
    return inner(), x
print(shadowing())
