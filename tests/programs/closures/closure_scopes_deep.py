# Deeply nested closures with shadowing and cell sharing across levels.
def level0():
    x = 0
    def level1():
        y = 1
        def level2():
            nonlocal x
            z = 2
            def level3():
                nonlocal x, y
                x += 100
                y += 10
                return x + y + z
            return level3
        return level2(), lambda: (x, y)
    return level1()
l3, peek = level0()
print(l3(), peek(), l3(), peek())
print(l3.__code__.co_freevars, sorted(c.cell_contents for c in l3.__closure__))
def shadow():
    v = "outer"
    def inner():
        v = "inner"
        def innermost():
            return v
        return innermost()
    return inner(), v
print(shadow())
def loop_cells():
    fs = []
    for i in range(3):
        def f(i=i):
            def g():
                return i * 10
            return g
        fs.append(f())
    return [g() for g in fs]
print(loop_cells())
