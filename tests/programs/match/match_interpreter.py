# A small expression evaluator using structural pattern matching.
def evaluate(node, env):
    match node:
        case int() | float():
            return node
        case str(name):
            return env[name]
        case ("neg", x):
            return -evaluate(x, env)
        case ("+", a, b):
            return evaluate(a, env) + evaluate(b, env)
        case ("*", a, b):
            return evaluate(a, env) * evaluate(b, env)
        case ("-", a, b):
            return evaluate(a, env) - evaluate(b, env)
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ("if", cond, then, else_):
            return evaluate(then if evaluate(cond, env) else else_, env)
        case ("call", fn, *args):
            return env[fn](*[evaluate(a, env) for a in args])
        case _:
            raise ValueError(f"bad node {node!r}")
env = {"x": 10, "max": max, "abs": abs}
exprs = [
    42,
    "x",
    ("neg", "x"),
    ("+", 1, ("*", 2, 3)),
    ("let", "y", 5, ("*", "y", "y")),
    ("if", ("-", "x", 10), 1, 2),
    ("call", "max", 3, ("+", "x", 1), 7),
    ("call", "abs", ("neg", 9)),
    ("let", "x", 1, ("let", "y", ("+", "x", 1), ("+", "x", "y"))),
]
for e in exprs:
    print(e, "=>", evaluate(e, env))
try:
    evaluate(("pow", 2, 3), env)
except ValueError as err:
    print("ValueError:", err)
