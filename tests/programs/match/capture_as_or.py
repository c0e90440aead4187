# Capture patterns, as-patterns, or-patterns and guards.
def parse(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"moving {direction}"
        case ["go", other]:
            return f"cannot go {other}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["take"]:
            return "take what?"
        case ["look" | "l"]:
            return "you look around"
        case ["say", *words] as full:
            return f"said {' '.join(words)!r} ({len(full)} tokens)"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
        case []:
            return "nothing to do"
for c in ["go north", "go up", "take lamp key", "take", "l", "look", "say hello there", "dance now", ""]:
    print(repr(c), "->", parse(c))
def grade(score):
    match score:
        case int(s) | float(s) if s >= 90:
            return "A"
        case int(s) | float(s) if s >= 75:
            return "B"
        case int() | float():
            return "C"
        case _:
            return "invalid"
print([grade(s) for s in (95, 80.5, 10, "x")])
match (1, 2):
    case (1, x) | (x, 1):
        print("x bound by or-pattern:", x)
match 42:
    case n:
        print("irrefutable capture", n)
print("n still bound after match:", n)
match [1, 2]:
    case [a, b] if a > b:
        print("no")
    case _:
        print("guard failed; a, b are bound anyway:", a, b)
