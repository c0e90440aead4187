# Dispatch tables versus if chains.
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def div(a, b):
    if b == 0:
        raise ZeroDivisionError("division by zero in calculator")
    return a / b
OPS = {"+": add, "-": sub, "*": mul, "/": div}
def calc(expr):
    a, op, b = expr.split()
    fn = OPS.get(op)
    if fn is None:
        return f"unknown operator {op!r}"
    try:
        return fn(float(a), float(b))
    except ZeroDivisionError as e:
        return f"error: {e}"
for e in ["1 + 2", "9 - 12", "3 * 4", "8 / 2", "1 / 0", "2 ^ 3"]:
    print(e, "=", calc(e))
state = "start"
events = ["coin", "push", "push", "coin", "coin", "push"]
transitions = {("start", "coin"): "unlocked", ("unlocked", "push"): "start",
               ("unlocked", "coin"): "unlocked", ("start", "push"): "start"}
for ev in events:
    new = transitions[(state, ev)]
    print(f"{state} --{ev}--> {new}")
    state = new
