# A tiny spreadsheet: cell formulas, dependency ordering, cycle detection.
import math
cells = {
    "A1": "10", "A2": "20", "A3": "=A1+A2", "B1": "=A3*2", "B2": "=SUM(A1:A3)", "B3": "=B1/B2",
    "C1": "=MAX(A1:B2)", "C2": "=C1-A1*2", "C3": "=ROUND(B3*100)", "D1": "=D2+1", "D2": "=D1+1",
    "E1": "=A1/0", "E2": "=Z9+1",
}
def refs(formula):
    out = []
    i = 0
    while i < len(formula):
        if formula[i].isupper() and i + 1 < len(formula) and formula[i + 1].isdigit():
            j = i + 1
            while j < len(formula) and formula[j].isdigit():
                j += 1
            if j < len(formula) and formula[j] == ":":
                k = j + 2
                while k < len(formula) and formula[k].isdigit():
                    k += 1
                a, b = formula[i:j], formula[j + 1:k]
                for col in range(ord(a[0]), ord(b[0]) + 1):
                    for row in range(int(a[1:]), int(b[1:]) + 1):
                        out.append(f"{chr(col)}{row}")
                i = k
            else:
                out.append(formula[i:j])
                i = j
        else:
            i += 1
    return out
values = {}
state = {}
def evaluate(name):
    if state.get(name) == "visiting":
        raise RecursionError(f"cycle at {name}")
    if name in values:
        return values[name]
    raw = cells.get(name)
    if raw is None:
        raise KeyError(name)
    state[name] = "visiting"
    try:
        if raw.startswith("="):
            expr = raw[1:]
            for fn in ("SUM", "MAX", "ROUND"):
                expr = expr.replace(fn + "(", fn.lower() + "_(")
            deps = refs(raw[1:])
            env = {d: evaluate(d) for d in deps}
            def rng(text):
                return [env[r] for r in refs(text)]
            for part in sorted(set(p for p in raw[1:].replace("(", " ").replace(")", " ").split() if ":" in p), key=len, reverse=True):
                expr = expr.replace(part, repr(rng(part)))
            v = eval(expr, {"sum_": sum, "max_": lambda xs: max(xs), "round_": round}, env)
        else:
            v = float(raw)
    finally:
        state[name] = "done"
    values[name] = v
    return v
for name in sorted(cells):
    try:
        print(name, cells[name].ljust(14), "->", evaluate(name))
    except (RecursionError, ZeroDivisionError, KeyError) as e:
        print(name, cells[name].ljust(14), "-> #ERR", type(e).__name__, e)
print(round(math.fsum(v for v in values.values() if isinstance(v, float)), 4))
