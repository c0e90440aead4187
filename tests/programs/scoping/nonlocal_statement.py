# nonlocal binding targets the nearest enclosing function scope.
def outer():
    x = 0
    def mid():
        x = 10
        def inner():
            nonlocal x
            x += 1
            return x
        return inner(), inner(), x
    r = mid()
    return r, x
print(outer())
def make():
    count = 0
    def inc():
        nonlocal count
        count += 1
    def get():
        return count
    return inc, get
inc, get = make()
for _ in range(5):
    inc()
print(get())
def with_loop():
    fns = []
    total = 0
    for i in range(3):
        def add(v=i):
            nonlocal total
            total += v
        fns.append(add)
    for f in fns:
        f()
    return total
print(with_loop())
def nonlocal_in_class_method():
    value = "start"
    class C:
        def set(self, v):
            nonlocal value
            value = v
    C().set("changed by method")
    return value
print(nonlocal_in_class_method())
def nonlocal_del():
    x = 1
    def d():
        nonlocal x
        del x
    d()
    try:
        return x
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(nonlocal_del())
