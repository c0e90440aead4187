# exec, eval, compile with modes, namespaces, and errors.
print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"), eval("'abc'.upper()"), eval(" 42 "))
ns = {"a": 5}
print(eval("a * 2", ns), eval("b", {}, {"b": "local"}), eval("len(s)", {"s": "four"}))
exec("c = a + 1\ndef f(v):\n    return v * c", ns)
print(ns["c"], ns["f"](10))
code = compile("x = 10\ny = x * 3", "<string>", "exec")
g = {}
exec(code, g)
print(g["x"], g["y"], code.co_filename, code.co_name)
expr = compile("y + 1", "<expr>", "eval")
print(eval(expr, g), type(expr).__name__)
single = compile("print('single mode prints', 1 + 1)", "<single>", "single")
exec(single)
print(exec("1 + 1"), eval(compile("", "<empty>", "exec")) if False else "exec returns None")
for src, mode in [("1 +", "eval"), ("x = ", "exec"), ("a = 1", "eval"), ("def f(:", "exec"), ("return 5", "exec")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg, "| line", e.lineno, "| filename", e.filename)
try:
    compile("x", "<f>", "nope")
except ValueError as e:
    print("ValueError:", e)
try:
    eval("undefined_variable_q")
except NameError as e:
    print("NameError:", e)
try:
    exec("raise KeyError('from exec')")
except KeyError as e:
    print("KeyError:", e)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}), eval("abs(-3)", {"__builtins__": {"abs": abs}}))
loc = {}
exec("import sys as s2\nv = s2.maxsize > 0", {}, loc)
print(loc["v"], sorted(loc))
print(eval(b"2 ** 10"), eval("lambda q: q + 1")(1), eval("(yield_ := 3)"))
