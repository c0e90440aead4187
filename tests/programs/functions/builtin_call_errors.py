# TypeErrors raised by builtins for wrong argument types or counts.
cases = [
    ("len(5)", lambda: len(5)),
    ("abs('a')", lambda: abs("a")),
    ("sum(['a'])", lambda: sum(["a", "b"])),
    ("sum([1], 'x')", lambda: sum([1], "x")),
    ("min()", lambda: min()),
    ("max(1)", lambda: max(1)),
    ("sorted(1)", lambda: sorted(1)),
    ("sorted([1], 2)", lambda: sorted([1], 2)),
    ("round('x')", lambda: round("x")),
    ("chr('a')", lambda: chr("a")),
    ("ord('ab')", lambda: ord("ab")),
    ("ord(1)", lambda: ord(1)),
    ("divmod(1)", lambda: divmod(1)),
    ("pow()", lambda: pow()),
    ("isinstance(1, 1)", lambda: isinstance(1, 1)),
    ("issubclass(1, int)", lambda: issubclass(1, int)),
    ("getattr(1)", lambda: getattr(1)),
    ("getattr(1, 2)", lambda: getattr(1, 2)),
    ("iter(5)", lambda: iter(5)),
    ("next([])", lambda: next([])),
    ("hash([])", lambda: hash([])),
    ("zip(1)", lambda: zip(1)),
    ("map(None)", lambda: map(None)),
    ("enumerate()", lambda: enumerate()),
    ("range('a')", lambda: range("a")),
    ("range(1.5)", lambda: range(1.5)),
    ("list(1, 2)", lambda: list(1, 2)),
    ("dict(1)", lambda: dict(1)),
    ("str(1, 2)", lambda: str(1, 2)),
    ("bytes('a')", lambda: bytes("a")),
    ("hex(1.5)", lambda: hex(1.5)),
    ("format(1, 2)", lambda: format(1, 2)),
    ("setattr(1)", lambda: setattr(1)),
    ("print(sep=1)", lambda: print(sep=1)),
    ("sorted([], key=1)", lambda: sorted([3, 1], key=1)),
    ("filter(1, [1])", lambda: list(filter(1, [1]))),
]
for text, fn in cases:
    try:
        r = fn()
        print(text, "->", r)
    except TypeError as e:
        print(text, "-> TypeError:", e)
