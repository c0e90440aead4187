# Several closures share one cell; cells outlive the frame.
def pair():
    value = []
    def push(x):
        value.append(x)
        return len(value)
    def pop():
        return value.pop()
    def peek():
        return value[-1] if value else None
    return push, pop, peek
push, pop, peek = pair()
print(push(1), push(2), peek(), pop(), peek(), pop(), peek())
def make_observers():
    listeners = []
    def subscribe(fn):
        listeners.append(fn)
        return fn
    def emit(ev):
        return [fn(ev) for fn in listeners]
    return subscribe, emit
subscribe, emit = make_observers()
@subscribe
def log(ev):
    return "log " + ev
@subscribe
def upper(ev):
    return ev.upper()
print(emit("click"), emit("key"))
def gen_closure():
    n = 0
    def g():
        nonlocal n
        while True:
            n += 1
            yield n
    return g(), lambda: n
gen, current = gen_closure()
print(next(gen), next(gen), current(), next(gen), current())
def lazy():
    results = []
    for name in ["a", "b"]:
        def f(prefix, name=name):
            return prefix + name
        results.append(f)
    return [r("->") for r in results]
print(lazy())
