# globals() and locals() in different scopes.
module_var = "m"
print(globals()["module_var"], "globals_locals" not in globals(), globals() is globals())
print(sorted(k for k in globals() if not k.startswith("__")))
globals()["injected"] = "via globals()"
print(injected)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g():
    x = 1
    loc = locals()
    x = 2
    return loc["x"], locals()["x"]
print(g())
def h():
    locals()["new_local"] = 5
    try:
        return new_local
    except NameError as e:
        return f"NameError: {e}"
print(h())
class K:
    a = 1
    b = a + 1
    snapshot = sorted(k for k in locals() if not k.startswith("__"))
print(K.snapshot)
print(locals() is globals(), __name__, __doc__, type(__builtins__).__name__ in ("module", "dict"))
def closure():
    v = "captured"
    def inner():
        return sorted(locals())
    def inner_uses():
        v
        return sorted(locals())
    return inner(), inner_uses()
print(closure())
print([sorted(locals()) for _ in range(1)] if False else "comprehension locals differ by version")
