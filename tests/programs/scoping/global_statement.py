# global declarations in functions, nested functions and class bodies.
total = 0
def add(n):
    global total
    total += n
add(5); add(7)
print(total)
def make_global():
    global new_name
    new_name = "created inside function"
make_global()
print(new_name)
def outer():
    def inner():
        global total
        total = -1
    inner()
    return total
print(outer(), total)
class K:
    global total
    total = 999
    local_attr = 1
print(total, hasattr(K, "total"))
def uses_global_in_comprehension():
    global total
    total = sum(i for i in range(4))
    return [total for _ in range(2)]
print(uses_global_in_comprehension(), total)
def shadow_then_global():
    total = "local"
    def inner():
        global total
        return total
    return inner(), total
print(shadow_then_global())
def delete_global():
    global new_name
    del new_name
delete_global()
print("new_name" in globals())
counter = 0
def gen():
    global counter
    while counter < 3:
        counter += 1
        yield counter
print(list(gen()), counter)
