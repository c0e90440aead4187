# PEP 479: StopIteration inside a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("oops")
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e)
def safe_first(it):
    for v in it:
        yield v
        return
print(list(safe_first(iter([5, 6]))), list(safe_first(iter([]))))
def return_value():
    yield 1
    return "done"
g = return_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def returns_stopiteration_subclass():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop
try:
    list(returns_stopiteration_subclass())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
gen_expr = (next(iter([])) for _ in range(3))
try:
    list(gen_expr)
except RuntimeError as e:
    print("genexpr RuntimeError:", e)
