# global and nonlocal rebinding.
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make_new_global():
    global created_later
    created_later = "made"
make_new_global()
print(created_later)
def outer():
    x = "outer"
    def middle():
        nonlocal x
        x = "middle"
        def inner():
            nonlocal x
            x += "+inner"
        inner()
    middle()
    return x
print(outer())
def shadow():
    counter = 100
    def g():
        global counter
        return counter
    return g(), counter
print(shadow())
def acc():
    items = []
    total = 0
    def add(v):
        nonlocal total
        items.append(v)
        total += v
        return total, list(items)
    return add
a = acc()
print(a(1)); print(a(5)); print(a(10))
def unbound():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound()
x = "module"
class C:
    x = "class"
    def m(self):
        return x
print(C().m(), C.x)
