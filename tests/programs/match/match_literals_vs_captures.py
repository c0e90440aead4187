# Pitfalls: bare names capture, dotted names compare; None/True/False compare by identity.
RED = "red"
class C:
    RED = "red"
def f(color):
    match color:
        case C.RED:
            return "matched C.RED by equality"
        case "blue":
            return "literal blue"
        case other:
            return f"captured {other!r}"
print(f("red"), f("blue"), f("green"))
def g(v):
    match v:
        case True:
            return "True (identity)"
        case 1:
            return "one (equality)"
        case 0.0:
            return "zero float (equality)"
        case None:
            return "None"
        case _:
            return "other"
print([g(v) for v in [True, 1, 1.0, 0, False, 0.0, None, "x"]])
def h(v):
    match v:
        case -0:
            return "minus zero literal"
        case 1 + 2j:
            return "complex literal"
        case "a" "b":
            return "concatenated string literal"
        case b"\x00":
            return "bytes literal"
    return "none"
print([h(v) for v in [0, 0.0, 1 + 2j, "ab", b"\x00", bytearray(b"\x00")]])
