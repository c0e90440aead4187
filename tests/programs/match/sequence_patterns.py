# Sequence patterns with fixed and starred elements.
def describe(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *_, last] if first == last:
            return f"bookends {first}"
        case [0, *rest]:
            return f"starts with zero, rest {rest}"
        case [*init, 9]:
            return f"ends with nine, init {init}"
        case [_, _, _]:
            return "three"
        case [a, b, *rest]:
            return f"long: {a}, {b} + {len(rest)} more"
for s in ([], [1], (1, 2), [3, 4, 3], [0, 5, 6], [1, 2, 9], [1, 2, 3], [1, 2, 3, 4, 5], range(4)):
    print(s, "->", describe(s))
for s in ("ab", b"ab", bytearray(b"ab"), {"a": 1}, {1, 2}, iter([1, 2])):
    match s:
        case [a, b]:
            print(type(s).__name__, "matched as sequence", a, b)
        case _:
            print(type(s).__name__, "is not a sequence pattern subject")
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print("nested", a, b, c, d)
match (1, 2, 3):
    case (1, *rest):
        print("tuple star rest is a list:", rest, type(rest).__name__)
