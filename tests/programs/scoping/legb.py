# LEGB name resolution.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing(), x
print(outer(), x)
def builtin_lookup():
    return len("abc"), max(3, 4)
print(builtin_lookup())
len = lambda s: "shadowed len"
print(builtin_lookup())
del len
print(builtin_lookup())
def conditional_local(flag):
    if flag:
        y = "assigned"
    try:
        return y
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(conditional_local(True), conditional_local(False))
def reads_global_then_assigns():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "local now"
    return x
print(reads_global_then_assigns())
def loop_scope():
    for k in range(3):
        pass
    return k
print(loop_scope())
def nested_levels():
    a = 1
    def l2():
        b = 2
        def l3():
            c = 3
            return a + b + c
        return l3()
    return l2()
print(nested_levels())
