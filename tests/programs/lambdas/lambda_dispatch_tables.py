# Lambdas in dispatch tables and small DSLs.
ops = {
    "+": (1, lambda a, b: a + b), "-": (1, lambda a, b: a - b),
    "*": (2, lambda a, b: a * b), "/": (2, lambda a, b: a / b), "^": (3, lambda a, b: a ** b),
}
def shunting(tokens):
    out, stack = [], []
    for t in tokens:
        if t in ops:
            while stack and stack[-1] in ops and (ops[stack[-1]][0] > ops[t][0] or (ops[stack[-1]][0] == ops[t][0] and t != "^")):
                out.append(stack.pop())
            stack.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        else:
            out.append(float(t))
    return out + stack[::-1]
def eval_rpn(rpn):
    st = []
    for t in rpn:
        if isinstance(t, float):
            st.append(t)
        else:
            b, a = st.pop(), st.pop()
            st.append(ops[t][1](a, b))
    return st[0]
for expr in ["1 + 2 * 3", "( 1 + 2 ) * 3", "2 ^ 3 ^ 2", "10 / 4 - 1", "2 * ( 3 + 4 ) ^ 2"]:
    rpn = shunting(expr.split())
    print(expr.ljust(20), rpn, "=", eval_rpn(rpn))
validators = {"int": lambda s: s.lstrip("-").isdigit(), "word": lambda s: s.isalpha(), "empty": lambda s: not s}
for s in ["42", "-7", "abc", "", "a1"]:
    print(repr(s), [k for k, f in validators.items() if f(s)])
