# Nested functions and inner helper definitions.
def outer(n):
    def helper(k):
        return k * k
    def sum_squares():
        return sum(helper(i) for i in range(n))
    return sum_squares()
print([outer(n) for n in range(6)])
def make_ops():
    def add(a, b): return a + b
    def sub(a, b): return a - b
    return {"add": add, "sub": sub}
ops = make_ops()
print(ops["add"](2, 3), ops["sub"](2, 3), ops["add"].__qualname__)
def walk(tree, depth=0):
    lines = []
    def visit(node, d):
        name, children = node
        lines.append("  " * d + name)
        for ch in children:
            visit(ch, d + 1)
    visit(tree, depth)
    return "\n".join(lines)
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b11", [])])])])
print(walk(tree))
def redefined(flag):
    if flag:
        def f(): return "first"
    else:
        def f(): return "second"
    return f()
print(redefined(True), redefined(False))
def counter_factory():
    def counter():
        counter.calls += 1
        return counter.calls
    counter.calls = 0
    return counter
c1, c2 = counter_factory(), counter_factory()
print(c1(), c1(), c2(), c1())
