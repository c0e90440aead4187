# Scopes seen by exec and eval.
x = 10
print(eval("x + 1"))
print(eval("x + y", {"x": 1, "y": 2}))
print(eval("x * 2", {"x": 3}, {"x": 4}))
ns = {}
exec("a = 5\nb = a * 2", ns)
print(ns["a"], ns["b"], "__builtins__" in ns)
def f():
    local_v = "local"
    return eval("local_v.upper()")
print(f())
def g():
    exec("z = 42")
    try:
        return z
    except NameError as e:
        return f"NameError: {e}"
print(g())
def h():
    loc = {}
    exec("z = 42", globals(), loc)
    return loc["z"]
print(h())
code = compile("result = [i * i for i in range(n)]", "<gen>", "exec")
env = {"n": 5}
exec(code, env)
print(env["result"])
print(eval(compile("3 + 4", "<e>", "eval")))
try:
    eval("undefined_name_xyz")
except NameError as e:
    print("NameError:", e)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
print(eval("len('abc')", {"__builtins__": {"len": len}}))
try:
    eval("abs(-1)", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
exec("def made(): return 'made by exec'", globals())
print(made())
