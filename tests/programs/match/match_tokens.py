# Matching token streams from a tiny lexer.
def lex(src):
    out = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            out.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            out.append(("id", src[i:j]))
            i = j
        else:
            out.append(("op", c))
            i += 1
    return out
def statement(tokens):
    match tokens:
        case [("id", "let"), ("id", name), ("op", "="), ("num", v)]:
            return f"bind {name} to {v}"
        case [("id", "print"), *args]:
            return f"print {len(args)} tokens"
        case [("id", name), ("op", "+" | "-" as op), ("num", n)]:
            return f"{name} {op} {n}"
        case [("num", a), ("op", "*"), ("num", b)]:
            return f"product {a * b}"
        case [("id", _), *_]:
            return "some identifier statement"
        case []:
            return "empty"
        case _:
            return "syntax error"
for line in ["let x = 5", "print a b c", "x + 1", "y - 22", "6 * 7", "foo bar", "", "= 3"]:
    print(repr(line), "->", statement(lex(line)))
