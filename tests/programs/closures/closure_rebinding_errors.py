# Errors around closures: free variables referenced before assignment.
def outer():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    value = "now set"
    return inner()
print(outer())
def counter_bug():
    count = 0
    def inc():
        try:
            count += 1
        except UnboundLocalError as e:
            return f"UnboundLocalError: {e}"
    return inc()
print(counter_bug())
def deleted_cell():
    x = 1
    f = lambda: x
    del x
    try:
        return f()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(deleted_cell())
def reassign_later():
    fs = []
    for k in ["a", "b"]:
        fs.append(lambda: k)
    k = "final"
    return [f() for f in fs]
print(reassign_later())
